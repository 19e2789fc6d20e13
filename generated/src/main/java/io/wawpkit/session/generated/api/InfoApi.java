package io.wawpkit.session.generated.api;

import io.wawpkit.session.generated.ApiClient;
import io.wawpkit.session.generated.EncodingUtils;
import io.wawpkit.session.generated.model.ApiResponse;

import io.wawpkit.session.generated.model.AccountInfo;
import io.wawpkit.session.generated.model.Error;
import io.wawpkit.session.generated.model.SessionInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import feign.*;

@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public interface InfoApi extends ApiClient.Api {


  /**
   * Read session info
   * The full session object. Carries &#x60;qr&#x60; while SCAN_QR_CODE and &#x60;me&#x60; while WORKING. Served on GET (v1 docs, most clients) and POST (v2 docs); both only read. 
   * @return SessionInfo
   */
  @RequestLine("GET /session/info")
  @Headers({
    "Accept: application/json",
  })
  SessionInfo getSessionInfo();


  /**
   * Read session info
   * Similar to <code>getSessionInfo</code> but it also returns the http response headers .
   * The full session object. Carries &#x60;qr&#x60; while SCAN_QR_CODE and &#x60;me&#x60; while WORKING. Served on GET (v1 docs, most clients) and POST (v2 docs); both only read. 
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("GET /session/info")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<SessionInfo> getSessionInfoWithHttpInfo();



  /**
   * Read session info (POST form)
   * The same read as GET /session/info, on POST as the v2 docs show it. Only reads.
   * @return SessionInfo
   */
  @RequestLine("POST /session/info")
  @Headers({
    "Accept: application/json",
  })
  SessionInfo getSessionInfoByPost();


  /**
   * Read session info (POST form)
   * Similar to <code>getSessionInfoByPost</code> but it also returns the http response headers .
   * The same read as GET /session/info, on POST as the v2 docs show it. Only reads.
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("POST /session/info")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<SessionInfo> getSessionInfoByPostWithHttpInfo();



  /**
   * Read the WhatsApp account of the session
   * The account the session is logged in to. Outside WORKING there is none: the answer is 200 with null fields (the contract&#39;s position; the docs are silent). 
   * @return AccountInfo
   */
  @RequestLine("GET /session/me")
  @Headers({
    "Accept: application/json",
  })
  AccountInfo getSessionMe();


  /**
   * Read the WhatsApp account of the session
   * Similar to <code>getSessionMe</code> but it also returns the http response headers .
   * The account the session is logged in to. Outside WORKING there is none: the answer is 200 with null fields (the contract&#39;s position; the docs are silent). 
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("GET /session/me")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<AccountInfo> getSessionMeWithHttpInfo();


}
