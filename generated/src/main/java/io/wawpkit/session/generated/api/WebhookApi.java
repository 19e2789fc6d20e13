package io.wawpkit.session.generated.api;

import io.wawpkit.session.generated.ApiClient;
import io.wawpkit.session.generated.EncodingUtils;
import io.wawpkit.session.generated.model.ApiResponse;

import io.wawpkit.session.generated.model.Error;
import io.wawpkit.session.generated.model.WebhookSettings;
import io.wawpkit.session.generated.model.WebhookUpdate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import feign.*;

@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public interface WebhookApi extends ApiClient.Api {


  /**
   * Read the webhook settings
   * The custom webhooks and the system webhook&#39;s config. Paid accounts only: a free account gets 403 &#x60;subscription_required&#x60; (exactly when rate-limit reports &#x60;has_active_plan: false&#x60;). 
   * @return WebhookSettings
   */
  @RequestLine("GET /session/webhook")
  @Headers({
    "Accept: application/json",
  })
  WebhookSettings getWebhooks();


  /**
   * Read the webhook settings
   * Similar to <code>getWebhooks</code> but it also returns the http response headers .
   * The custom webhooks and the system webhook&#39;s config. Paid accounts only: a free account gets 403 &#x60;subscription_required&#x60; (exactly when rate-limit reports &#x60;has_active_plan: false&#x60;). 
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("GET /session/webhook")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<WebhookSettings> getWebhooksWithHttpInfo();



  /**
   * Replace the webhook list
   * Overwrites the list of custom webhooks; the answer shows the settings as GET does. Paid accounts only: documented, \&quot;Free tier users will receive a 403 Forbidden error with code subscription_required\&quot;, whatever they send (so the plan is checked before the request is validated). Safe to repeat: the same list twice is the same list. Every status change of the session is delivered to each active webhook that subscribes to &#x60;session.status&#x60; (see the callback).  **Where &#x60;webhooks&#x60; travels.** Documented: the query string. The v2 page&#39;s sample URL is &#x60;...webhook?access_token&#x3D;...&amp;instance_id&#x3D;...&amp;webhooks&#x3D;&lt;URL-encoded JSON array&gt;&#x60;. Position: a JSON body &#x60;{\&quot;webhooks\&quot;: [...]}&#x60; is accepted too, and this project&#39;s client sends the body, so that HMAC keys and custom header values stay out of URLs, server logs and proxy logs. One of the two must carry the list (400 &#x60;missing_parameter&#x60; otherwise); when both do, the query string wins (see \&quot;Precedence\&quot; in the description of this document). 
   * @param webhooks The new list as URL-encoded JSON, as the docs send it (documented: the Webhook Management sample URL). The decoded value is the &#x60;webhooks&#x60; array of &#x60;WebhookUpdate&#x60; (&#x60;x-wawp-body-property&#x60; names it), and it is validated as such. Required unless the body carries the list. It puts HMAC keys into the URL: prefer the body. (optional)
   * @param webhookUpdate Position: the same list as a JSON body (what this project&#39;s client sends: no secret in a URL). Not needed when the query string carries &#x60;webhooks&#x60;. (optional)
   * @return WebhookSettings
   */
  @RequestLine("POST /session/webhook?webhooks={webhooks}")
  @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
  })
  WebhookSettings setWebhooks(@Param("webhooks") @jakarta.annotation.Nullable String webhooks, @jakarta.annotation.Nullable WebhookUpdate webhookUpdate);


  /**
   * Replace the webhook list, without a body: the optional body's members travel in the query string.
   * (An overload of this project's template: Feign refuses a null body argument.)
   * @param webhooks The new list as URL-encoded JSON, as the docs send it (documented: the Webhook Management sample URL). The decoded value is the &#x60;webhooks&#x60; array of &#x60;WebhookUpdate&#x60; (&#x60;x-wawp-body-property&#x60; names it), and it is validated as such. Required unless the body carries the list. It puts HMAC keys into the URL: prefer the body.
   * @return WebhookSettings
   */
  @RequestLine("POST /session/webhook?webhooks={webhooks}")
  @Headers({
    "Accept: application/json",
  })
  WebhookSettings setWebhooks(@Param("webhooks") @jakarta.annotation.Nullable String webhooks);


  /**
   * Replace the webhook list
   * Similar to <code>setWebhooks</code> but it also returns the http response headers .
   * Overwrites the list of custom webhooks; the answer shows the settings as GET does. Paid accounts only: documented, \&quot;Free tier users will receive a 403 Forbidden error with code subscription_required\&quot;, whatever they send (so the plan is checked before the request is validated). Safe to repeat: the same list twice is the same list. Every status change of the session is delivered to each active webhook that subscribes to &#x60;session.status&#x60; (see the callback).  **Where &#x60;webhooks&#x60; travels.** Documented: the query string. The v2 page&#39;s sample URL is &#x60;...webhook?access_token&#x3D;...&amp;instance_id&#x3D;...&amp;webhooks&#x3D;&lt;URL-encoded JSON array&gt;&#x60;. Position: a JSON body &#x60;{\&quot;webhooks\&quot;: [...]}&#x60; is accepted too, and this project&#39;s client sends the body, so that HMAC keys and custom header values stay out of URLs, server logs and proxy logs. One of the two must carry the list (400 &#x60;missing_parameter&#x60; otherwise); when both do, the query string wins (see \&quot;Precedence\&quot; in the description of this document). 
   * @param webhooks The new list as URL-encoded JSON, as the docs send it (documented: the Webhook Management sample URL). The decoded value is the &#x60;webhooks&#x60; array of &#x60;WebhookUpdate&#x60; (&#x60;x-wawp-body-property&#x60; names it), and it is validated as such. Required unless the body carries the list. It puts HMAC keys into the URL: prefer the body. (optional)
   * @param webhookUpdate Position: the same list as a JSON body (what this project&#39;s client sends: no secret in a URL). Not needed when the query string carries &#x60;webhooks&#x60;. (optional)
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("POST /session/webhook?webhooks={webhooks}")
  @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
  })
  ApiResponse<WebhookSettings> setWebhooksWithHttpInfo(@Param("webhooks") @jakarta.annotation.Nullable String webhooks, @jakarta.annotation.Nullable WebhookUpdate webhookUpdate);


  /**
   * Replace the webhook list
   * Overwrites the list of custom webhooks; the answer shows the settings as GET does. Paid accounts only: documented, \&quot;Free tier users will receive a 403 Forbidden error with code subscription_required\&quot;, whatever they send (so the plan is checked before the request is validated). Safe to repeat: the same list twice is the same list. Every status change of the session is delivered to each active webhook that subscribes to &#x60;session.status&#x60; (see the callback).  **Where &#x60;webhooks&#x60; travels.** Documented: the query string. The v2 page&#39;s sample URL is &#x60;...webhook?access_token&#x3D;...&amp;instance_id&#x3D;...&amp;webhooks&#x3D;&lt;URL-encoded JSON array&gt;&#x60;. Position: a JSON body &#x60;{\&quot;webhooks\&quot;: [...]}&#x60; is accepted too, and this project&#39;s client sends the body, so that HMAC keys and custom header values stay out of URLs, server logs and proxy logs. One of the two must carry the list (400 &#x60;missing_parameter&#x60; otherwise); when both do, the query string wins (see \&quot;Precedence\&quot; in the description of this document). 
   * Note, this is equivalent to the other <code>setWebhooks</code> method,
   * but with the query parameters collected into a single Map parameter. This
   * is convenient for services with optional query parameters, especially when
   * used with the {@link SetWebhooksQueryParams} class that allows for
   * building up this map in a fluent style.
   * @param webhookUpdate Position: the same list as a JSON body (what this project&#39;s client sends: no secret in a URL). Not needed when the query string carries &#x60;webhooks&#x60;. (optional)
   * @param queryParams Map of query parameters as name-value pairs
   *   <p>The following elements may be specified in the query map:</p>
   *   <ul>
   *   <li>webhooks - The new list as URL-encoded JSON, as the docs send it (documented: the Webhook Management sample URL). The decoded value is the &#x60;webhooks&#x60; array of &#x60;WebhookUpdate&#x60; (&#x60;x-wawp-body-property&#x60; names it), and it is validated as such. Required unless the body carries the list. It puts HMAC keys into the URL: prefer the body. (optional)</li>
   *   </ul>
   * @return WebhookSettings
   */
  @RequestLine("POST /session/webhook?webhooks={webhooks}")
  @Headers({
  "Content-Type: application/json",
  "Accept: application/json",
  })
  WebhookSettings setWebhooks(@jakarta.annotation.Nullable WebhookUpdate webhookUpdate, @QueryMap(encoded=true) SetWebhooksQueryParams queryParams);

  /**
  * Replace the webhook list
  * Overwrites the list of custom webhooks; the answer shows the settings as GET does. Paid accounts only: documented, \&quot;Free tier users will receive a 403 Forbidden error with code subscription_required\&quot;, whatever they send (so the plan is checked before the request is validated). Safe to repeat: the same list twice is the same list. Every status change of the session is delivered to each active webhook that subscribes to &#x60;session.status&#x60; (see the callback).  **Where &#x60;webhooks&#x60; travels.** Documented: the query string. The v2 page&#39;s sample URL is &#x60;...webhook?access_token&#x3D;...&amp;instance_id&#x3D;...&amp;webhooks&#x3D;&lt;URL-encoded JSON array&gt;&#x60;. Position: a JSON body &#x60;{\&quot;webhooks\&quot;: [...]}&#x60; is accepted too, and this project&#39;s client sends the body, so that HMAC keys and custom header values stay out of URLs, server logs and proxy logs. One of the two must carry the list (400 &#x60;missing_parameter&#x60; otherwise); when both do, the query string wins (see \&quot;Precedence\&quot; in the description of this document). 
  * Note, this is equivalent to the other <code>setWebhooks</code> that receives the query parameters as a map,
  * but this one also exposes the Http response headers
              * @param webhookUpdate Position: the same list as a JSON body (what this project&#39;s client sends: no secret in a URL). Not needed when the query string carries &#x60;webhooks&#x60;. (optional)
      * @param queryParams Map of query parameters as name-value pairs
      *   <p>The following elements may be specified in the query map:</p>
      *   <ul>
          *   <li>webhooks - The new list as URL-encoded JSON, as the docs send it (documented: the Webhook Management sample URL). The decoded value is the &#x60;webhooks&#x60; array of &#x60;WebhookUpdate&#x60; (&#x60;x-wawp-body-property&#x60; names it), and it is validated as such. Required unless the body carries the list. It puts HMAC keys into the URL: prefer the body. (optional)</li>
      *   </ul>
          * @return WebhookSettings
      */
      @RequestLine("POST /session/webhook?webhooks={webhooks}")
      @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
      })
   ApiResponse<WebhookSettings> setWebhooksWithHttpInfo(@jakarta.annotation.Nullable WebhookUpdate webhookUpdate, @QueryMap(encoded=true) SetWebhooksQueryParams queryParams);


   /**
   * A convenience class for generating query parameters for the
   * <code>setWebhooks</code> method in a fluent style.
   */
  public static class SetWebhooksQueryParams extends HashMap<String, Object> {
    public SetWebhooksQueryParams webhooks(@jakarta.annotation.Nullable final String value) {
      put("webhooks", EncodingUtils.encode(value));
      return this;
    }
  }
}
