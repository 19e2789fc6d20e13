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
   * Chooses a policy by slug. Free accounts may choose only the free policies (&#x60;strict&#x60;, &#x60;standard_policy&#x60;); a paid-only policy answers 403 &#x60;subscription_required&#x60;. An unknown slug answers 400 &#x60;invalid_parameter&#x60;. Answers the settings as GET does, so what the write set is visible at once. Safe to repeat: choosing the same policy twice is choosing it once. 
   * @param rateLimitChoice  (required)
   * @return RateLimitSettings
   */
  @RequestLine("PATCH /session/rate-limit")
  @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
  })
  RateLimitSettings setRateLimit(@jakarta.annotation.Nonnull RateLimitChoice rateLimitChoice);

  /**
   * Choose the sending policy
   * Similar to <code>setRateLimit</code> but it also returns the http response headers .
   * Chooses a policy by slug. Free accounts may choose only the free policies (&#x60;strict&#x60;, &#x60;standard_policy&#x60;); a paid-only policy answers 403 &#x60;subscription_required&#x60;. An unknown slug answers 400 &#x60;invalid_parameter&#x60;. Answers the settings as GET does, so what the write set is visible at once. Safe to repeat: choosing the same policy twice is choosing it once. 
   * @param rateLimitChoice  (required)
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("PATCH /session/rate-limit")
  @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
  })
  ApiResponse<RateLimitSettings> setRateLimitWithHttpInfo(@jakarta.annotation.Nonnull RateLimitChoice rateLimitChoice);


}
