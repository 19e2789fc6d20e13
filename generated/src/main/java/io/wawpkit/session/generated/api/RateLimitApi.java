package io.wawpkit.session.generated.api;

import io.wawpkit.session.generated.ApiClient;
import io.wawpkit.session.generated.EncodingUtils;
import io.wawpkit.session.generated.model.ApiResponse;

import io.wawpkit.session.generated.model.Error;
import io.wawpkit.session.generated.model.RateLimitChoice;
import io.wawpkit.session.generated.model.RateLimitSettings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import feign.*;

@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public interface RateLimitApi extends ApiClient.Api {


  /**
   * Read the sending policy
   * The current policy (&#x60;current_policy&#x60;, a slug), every policy with its limits and whether the account may choose it, the free policies, and whether the account has an active (paid) plan. The policy survives stop, restart and logout. 
   * @return RateLimitSettings
   */
  @RequestLine("GET /session/rate-limit")
  @Headers({
    "Accept: application/json",
  })
  RateLimitSettings getRateLimit();


  /**
   * Read the sending policy
   * Similar to <code>getRateLimit</code> but it also returns the http response headers .
   * The current policy (&#x60;current_policy&#x60;, a slug), every policy with its limits and whether the account may choose it, the free policies, and whether the account has an active (paid) plan. The policy survives stop, restart and logout. 
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("GET /session/rate-limit")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<RateLimitSettings> getRateLimitWithHttpInfo();



  /**
   * Choose the sending policy
   * Chooses a policy by slug. Free accounts may choose only the free policies (&#x60;strict&#x60;, &#x60;standard_policy&#x60;); a paid-only policy answers 403 &#x60;subscription_required&#x60;. An unknown slug answers 400 &#x60;invalid_parameter&#x60;. Answers the settings as GET does, so what the write set is visible at once. Safe to repeat: choosing the same policy twice is choosing it once.  **Where &#x60;policy_slug&#x60; travels.** Documented: the query string. The v2 page lists it under \&quot;URL Parameters — Passed in the URL query string\&quot; (\&quot;required for PATCH\&quot;) and its sample URL is &#x60;...rate-limit?access_token&#x3D;...&amp;instance_id&#x3D;...&amp;policy_slug&#x3D;standard_policy&#x60;, with no body. Position: a JSON body &#x60;{\&quot;policy_slug\&quot;: ...}&#x60; is accepted too (WAHA-style clients send one, and a WordPress REST server reads a parameter from a JSON body as from the query). One of the two must carry it (400 &#x60;missing_parameter&#x60; otherwise); when both do, the query string wins (the documented form; see \&quot;Precedence\&quot; in the description of this document). This project&#39;s client sends the query form. 
   * @param policySlug The policy to choose, as the docs send it (documented: \&quot;URL Parameters — Passed in the URL query string\&quot;, \&quot;required for PATCH\&quot;). Required unless the body carries it. (optional)
   * @param rateLimitChoice Position: the same parameter as a JSON body, for WAHA-style clients. Not needed when the query string carries &#x60;policy_slug&#x60;. (optional)
   * @return RateLimitSettings
   */
  @RequestLine("PATCH /session/rate-limit?policy_slug={policySlug}")
  @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
  })
  RateLimitSettings setRateLimit(@Param("policySlug") @jakarta.annotation.Nullable String policySlug, @jakarta.annotation.Nullable RateLimitChoice rateLimitChoice);


  /**
   * Choose the sending policy, without a body: the optional body's members travel in the query string.
   * (An overload of this project's template: Feign refuses a null body argument.)
   * @param policySlug The policy to choose, as the docs send it (documented: \&quot;URL Parameters — Passed in the URL query string\&quot;, \&quot;required for PATCH\&quot;). Required unless the body carries it.
   * @return RateLimitSettings
   */
  @RequestLine("PATCH /session/rate-limit?policy_slug={policySlug}")
  @Headers({
    "Accept: application/json",
  })
  RateLimitSettings setRateLimit(@Param("policySlug") @jakarta.annotation.Nullable String policySlug);


  /**
   * Choose the sending policy
   * Similar to <code>setRateLimit</code> but it also returns the http response headers .
   * Chooses a policy by slug. Free accounts may choose only the free policies (&#x60;strict&#x60;, &#x60;standard_policy&#x60;); a paid-only policy answers 403 &#x60;subscription_required&#x60;. An unknown slug answers 400 &#x60;invalid_parameter&#x60;. Answers the settings as GET does, so what the write set is visible at once. Safe to repeat: choosing the same policy twice is choosing it once.  **Where &#x60;policy_slug&#x60; travels.** Documented: the query string. The v2 page lists it under \&quot;URL Parameters — Passed in the URL query string\&quot; (\&quot;required for PATCH\&quot;) and its sample URL is &#x60;...rate-limit?access_token&#x3D;...&amp;instance_id&#x3D;...&amp;policy_slug&#x3D;standard_policy&#x60;, with no body. Position: a JSON body &#x60;{\&quot;policy_slug\&quot;: ...}&#x60; is accepted too (WAHA-style clients send one, and a WordPress REST server reads a parameter from a JSON body as from the query). One of the two must carry it (400 &#x60;missing_parameter&#x60; otherwise); when both do, the query string wins (the documented form; see \&quot;Precedence\&quot; in the description of this document). This project&#39;s client sends the query form. 
   * @param policySlug The policy to choose, as the docs send it (documented: \&quot;URL Parameters — Passed in the URL query string\&quot;, \&quot;required for PATCH\&quot;). Required unless the body carries it. (optional)
   * @param rateLimitChoice Position: the same parameter as a JSON body, for WAHA-style clients. Not needed when the query string carries &#x60;policy_slug&#x60;. (optional)
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("PATCH /session/rate-limit?policy_slug={policySlug}")
  @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
  })
  ApiResponse<RateLimitSettings> setRateLimitWithHttpInfo(@Param("policySlug") @jakarta.annotation.Nullable String policySlug, @jakarta.annotation.Nullable RateLimitChoice rateLimitChoice);


  /**
   * Choose the sending policy
   * Chooses a policy by slug. Free accounts may choose only the free policies (&#x60;strict&#x60;, &#x60;standard_policy&#x60;); a paid-only policy answers 403 &#x60;subscription_required&#x60;. An unknown slug answers 400 &#x60;invalid_parameter&#x60;. Answers the settings as GET does, so what the write set is visible at once. Safe to repeat: choosing the same policy twice is choosing it once.  **Where &#x60;policy_slug&#x60; travels.** Documented: the query string. The v2 page lists it under \&quot;URL Parameters — Passed in the URL query string\&quot; (\&quot;required for PATCH\&quot;) and its sample URL is &#x60;...rate-limit?access_token&#x3D;...&amp;instance_id&#x3D;...&amp;policy_slug&#x3D;standard_policy&#x60;, with no body. Position: a JSON body &#x60;{\&quot;policy_slug\&quot;: ...}&#x60; is accepted too (WAHA-style clients send one, and a WordPress REST server reads a parameter from a JSON body as from the query). One of the two must carry it (400 &#x60;missing_parameter&#x60; otherwise); when both do, the query string wins (the documented form; see \&quot;Precedence\&quot; in the description of this document). This project&#39;s client sends the query form. 
   * Note, this is equivalent to the other <code>setRateLimit</code> method,
   * but with the query parameters collected into a single Map parameter. This
   * is convenient for services with optional query parameters, especially when
   * used with the {@link SetRateLimitQueryParams} class that allows for
   * building up this map in a fluent style.
   * @param rateLimitChoice Position: the same parameter as a JSON body, for WAHA-style clients. Not needed when the query string carries &#x60;policy_slug&#x60;. (optional)
   * @param queryParams Map of query parameters as name-value pairs
   *   <p>The following elements may be specified in the query map:</p>
   *   <ul>
   *   <li>policySlug - The policy to choose, as the docs send it (documented: \&quot;URL Parameters — Passed in the URL query string\&quot;, \&quot;required for PATCH\&quot;). Required unless the body carries it. (optional)</li>
   *   </ul>
   * @return RateLimitSettings
   */
  @RequestLine("PATCH /session/rate-limit?policy_slug={policySlug}")
  @Headers({
  "Content-Type: application/json",
  "Accept: application/json",
  })
  RateLimitSettings setRateLimit(@jakarta.annotation.Nullable RateLimitChoice rateLimitChoice, @QueryMap(encoded=true) SetRateLimitQueryParams queryParams);

  /**
  * Choose the sending policy
  * Chooses a policy by slug. Free accounts may choose only the free policies (&#x60;strict&#x60;, &#x60;standard_policy&#x60;); a paid-only policy answers 403 &#x60;subscription_required&#x60;. An unknown slug answers 400 &#x60;invalid_parameter&#x60;. Answers the settings as GET does, so what the write set is visible at once. Safe to repeat: choosing the same policy twice is choosing it once.  **Where &#x60;policy_slug&#x60; travels.** Documented: the query string. The v2 page lists it under \&quot;URL Parameters — Passed in the URL query string\&quot; (\&quot;required for PATCH\&quot;) and its sample URL is &#x60;...rate-limit?access_token&#x3D;...&amp;instance_id&#x3D;...&amp;policy_slug&#x3D;standard_policy&#x60;, with no body. Position: a JSON body &#x60;{\&quot;policy_slug\&quot;: ...}&#x60; is accepted too (WAHA-style clients send one, and a WordPress REST server reads a parameter from a JSON body as from the query). One of the two must carry it (400 &#x60;missing_parameter&#x60; otherwise); when both do, the query string wins (the documented form; see \&quot;Precedence\&quot; in the description of this document). This project&#39;s client sends the query form. 
  * Note, this is equivalent to the other <code>setRateLimit</code> that receives the query parameters as a map,
  * but this one also exposes the Http response headers
              * @param rateLimitChoice Position: the same parameter as a JSON body, for WAHA-style clients. Not needed when the query string carries &#x60;policy_slug&#x60;. (optional)
      * @param queryParams Map of query parameters as name-value pairs
      *   <p>The following elements may be specified in the query map:</p>
      *   <ul>
          *   <li>policySlug - The policy to choose, as the docs send it (documented: \&quot;URL Parameters — Passed in the URL query string\&quot;, \&quot;required for PATCH\&quot;). Required unless the body carries it. (optional)</li>
      *   </ul>
          * @return RateLimitSettings
      */
      @RequestLine("PATCH /session/rate-limit?policy_slug={policySlug}")
      @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
      })
   ApiResponse<RateLimitSettings> setRateLimitWithHttpInfo(@jakarta.annotation.Nullable RateLimitChoice rateLimitChoice, @QueryMap(encoded=true) SetRateLimitQueryParams queryParams);


   /**
   * A convenience class for generating query parameters for the
   * <code>setRateLimit</code> method in a fluent style.
   */
  public static class SetRateLimitQueryParams extends HashMap<String, Object> {
    public SetRateLimitQueryParams policySlug(@jakarta.annotation.Nullable final String value) {
      put("policy_slug", EncodingUtils.encode(value));
      return this;
    }
  }
}
