package io.wawpkit.session.generated.api;

import io.wawpkit.session.generated.ApiClient;
import io.wawpkit.session.generated.EncodingUtils;
import io.wawpkit.session.generated.model.ApiResponse;

import io.wawpkit.session.generated.model.Error;
import io.wawpkit.session.generated.model.NewTempLink;
import io.wawpkit.session.generated.model.TempLink;
import io.wawpkit.session.generated.model.TempLinkRevocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import feign.*;

@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public interface TempLinkApi extends ApiClient.Api {


  /**
   * Make a new temporary QR link
   * Expires any active link and makes a new one, valid 30 minutes, with a random 64-character token. Not safe to repeat: each call expires the link the previous one made. 
   * @return NewTempLink
   */
  @RequestLine("POST /session/temp-link")
  @Headers({
    "Accept: application/json",
  })
  NewTempLink createTempLink();


  /**
   * Make a new temporary QR link
   * Similar to <code>createTempLink</code> but it also returns the http response headers .
   * Expires any active link and makes a new one, valid 30 minutes, with a random 64-character token. Not safe to repeat: each call expires the link the previous one made. 
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("POST /session/temp-link")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<NewTempLink> createTempLinkWithHttpInfo();



  /**
   * Read the active temporary QR link
   * The active link and its expiry, or &#x60;{\&quot;link\&quot;: null}&#x60; when there is none.
   * @return TempLink
   */
  @RequestLine("GET /session/temp-link")
  @Headers({
    "Accept: application/json",
  })
  TempLink getTempLink();


  /**
   * Read the active temporary QR link
   * Similar to <code>getTempLink</code> but it also returns the http response headers .
   * The active link and its expiry, or &#x60;{\&quot;link\&quot;: null}&#x60; when there is none.
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("GET /session/temp-link")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<TempLink> getTempLinkWithHttpInfo();



  /**
   * Revoke every active temporary link
   * Revokes all active links and answers how many it revoked (&#x60;revoked&#x60;, the contract&#39;s name). Safe to repeat: afterwards there is no active link either way. 
   * @return TempLinkRevocation
   */
  @RequestLine("DELETE /session/temp-link")
  @Headers({
    "Accept: application/json",
  })
  TempLinkRevocation revokeTempLinks();


  /**
   * Revoke every active temporary link
   * Similar to <code>revokeTempLinks</code> but it also returns the http response headers .
   * Revokes all active links and answers how many it revoked (&#x60;revoked&#x60;, the contract&#39;s name). Safe to repeat: afterwards there is no active link either way. 
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("DELETE /session/temp-link")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<TempLinkRevocation> revokeTempLinksWithHttpInfo();


}
