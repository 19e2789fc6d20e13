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
   * Overwrites the list of custom webhooks; the answer shows the settings as GET does. Paid accounts only (403 &#x60;subscription_required&#x60;). Safe to repeat: the same list twice is the same list. Every status change of the session is delivered to each active webhook that subscribes to &#x60;session.status&#x60; (see the callback). 
   * @param webhookUpdate  (required)
   * @return WebhookSettings
   */
  @RequestLine("POST /session/webhook")
  @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
  })
  WebhookSettings setWebhooks(@jakarta.annotation.Nonnull WebhookUpdate webhookUpdate);

  /**
   * Replace the webhook list
   * Similar to <code>setWebhooks</code> but it also returns the http response headers .
   * Overwrites the list of custom webhooks; the answer shows the settings as GET does. Paid accounts only (403 &#x60;subscription_required&#x60;). Safe to repeat: the same list twice is the same list. Every status change of the session is delivered to each active webhook that subscribes to &#x60;session.status&#x60; (see the callback). 
   * @param webhookUpdate  (required)
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("POST /session/webhook")
  @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
  })
  ApiResponse<WebhookSettings> setWebhooksWithHttpInfo(@jakarta.annotation.Nonnull WebhookUpdate webhookUpdate);


}
