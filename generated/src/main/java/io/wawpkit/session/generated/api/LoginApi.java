package io.wawpkit.session.generated.api;

import io.wawpkit.session.generated.ApiClient;
import io.wawpkit.session.generated.EncodingUtils;
import io.wawpkit.session.generated.model.ApiResponse;

import io.wawpkit.session.generated.model.Error;
import io.wawpkit.session.generated.model.PairingCode;
import io.wawpkit.session.generated.model.PairingCodeRequest;
import io.wawpkit.session.generated.model.QrImage;
import io.wawpkit.session.generated.model.QrRaw;
import io.wawpkit.session.generated.model.Screenshot;
import io.wawpkit.session.generated.model.V1Qr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import feign.*;

@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public interface LoginApi extends ApiClient.Api {


  /**
   * Read the QR, raw
   * The QR to scan, raw: &#x60;{mimetype, data}&#x60;, where &#x60;data&#x60; is the Base64 of the JSON &#x60;{value, expiry}&#x60; (&#x60;QrValue&#x60;, named by &#x60;x-wawp-base64-json&#x60;): &#x60;value&#x60; is the QR&#39;s text, &#x60;expiry&#x60; the Unix millisecond at which it expires (when it rotates). Poll again at &#x60;expiry&#x60; for the next one. The same QR as &#x60;/auth/qr-image&#x60; shows and session info&#39;s &#x60;qr&#x60; at the same moment (a position). Only while SCAN_QR_CODE: in any other status it answers 422 &#x60;invalid_session&#x60; naming the status (a position; see &#x60;x-wawp-lifecycle.servedIn&#x60;). Served on GET and POST (both documented); both only read. The answer must not be cached. 
   * @param format The output format; &#x60;raw&#x60;, the default, is the only one (the image has its own operation). (optional, default to raw)
   * @return QrRaw
   */
  @RequestLine("GET /auth/qr?format={format}")
  @Headers({
    "Accept: application/json",
  })
  QrRaw getQr(@Param("format") @jakarta.annotation.Nullable String format);


  /**
   * Read the QR, raw
   * Similar to <code>getQr</code> but it also returns the http response headers .
   * The QR to scan, raw: &#x60;{mimetype, data}&#x60;, where &#x60;data&#x60; is the Base64 of the JSON &#x60;{value, expiry}&#x60; (&#x60;QrValue&#x60;, named by &#x60;x-wawp-base64-json&#x60;): &#x60;value&#x60; is the QR&#39;s text, &#x60;expiry&#x60; the Unix millisecond at which it expires (when it rotates). Poll again at &#x60;expiry&#x60; for the next one. The same QR as &#x60;/auth/qr-image&#x60; shows and session info&#39;s &#x60;qr&#x60; at the same moment (a position). Only while SCAN_QR_CODE: in any other status it answers 422 &#x60;invalid_session&#x60; naming the status (a position; see &#x60;x-wawp-lifecycle.servedIn&#x60;). Served on GET and POST (both documented); both only read. The answer must not be cached. 
   * @param format The output format; &#x60;raw&#x60;, the default, is the only one (the image has its own operation). (optional, default to raw)
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("GET /auth/qr?format={format}")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<QrRaw> getQrWithHttpInfo(@Param("format") @jakarta.annotation.Nullable String format);


  /**
   * Read the QR, raw
   * The QR to scan, raw: &#x60;{mimetype, data}&#x60;, where &#x60;data&#x60; is the Base64 of the JSON &#x60;{value, expiry}&#x60; (&#x60;QrValue&#x60;, named by &#x60;x-wawp-base64-json&#x60;): &#x60;value&#x60; is the QR&#39;s text, &#x60;expiry&#x60; the Unix millisecond at which it expires (when it rotates). Poll again at &#x60;expiry&#x60; for the next one. The same QR as &#x60;/auth/qr-image&#x60; shows and session info&#39;s &#x60;qr&#x60; at the same moment (a position). Only while SCAN_QR_CODE: in any other status it answers 422 &#x60;invalid_session&#x60; naming the status (a position; see &#x60;x-wawp-lifecycle.servedIn&#x60;). Served on GET and POST (both documented); both only read. The answer must not be cached. 
   * Note, this is equivalent to the other <code>getQr</code> method,
   * but with the query parameters collected into a single Map parameter. This
   * is convenient for services with optional query parameters, especially when
   * used with the {@link GetQrQueryParams} class that allows for
   * building up this map in a fluent style.
   * @param queryParams Map of query parameters as name-value pairs
   *   <p>The following elements may be specified in the query map:</p>
   *   <ul>
   *   <li>format - The output format; &#x60;raw&#x60;, the default, is the only one (the image has its own operation). (optional, default to raw)</li>
   *   </ul>
   * @return QrRaw
   */
  @RequestLine("GET /auth/qr?format={format}")
  @Headers({
  "Accept: application/json",
  })
  QrRaw getQr(@QueryMap(encoded=true) GetQrQueryParams queryParams);

  /**
  * Read the QR, raw
  * The QR to scan, raw: &#x60;{mimetype, data}&#x60;, where &#x60;data&#x60; is the Base64 of the JSON &#x60;{value, expiry}&#x60; (&#x60;QrValue&#x60;, named by &#x60;x-wawp-base64-json&#x60;): &#x60;value&#x60; is the QR&#39;s text, &#x60;expiry&#x60; the Unix millisecond at which it expires (when it rotates). Poll again at &#x60;expiry&#x60; for the next one. The same QR as &#x60;/auth/qr-image&#x60; shows and session info&#39;s &#x60;qr&#x60; at the same moment (a position). Only while SCAN_QR_CODE: in any other status it answers 422 &#x60;invalid_session&#x60; naming the status (a position; see &#x60;x-wawp-lifecycle.servedIn&#x60;). Served on GET and POST (both documented); both only read. The answer must not be cached. 
  * Note, this is equivalent to the other <code>getQr</code> that receives the query parameters as a map,
  * but this one also exposes the Http response headers
      * @param queryParams Map of query parameters as name-value pairs
      *   <p>The following elements may be specified in the query map:</p>
      *   <ul>
          *   <li>format - The output format; &#x60;raw&#x60;, the default, is the only one (the image has its own operation). (optional, default to raw)</li>
      *   </ul>
          * @return QrRaw
      */
      @RequestLine("GET /auth/qr?format={format}")
      @Headers({
    "Accept: application/json",
      })
   ApiResponse<QrRaw> getQrWithHttpInfo(@QueryMap(encoded=true) GetQrQueryParams queryParams);


   /**
   * A convenience class for generating query parameters for the
   * <code>getQr</code> method in a fluent style.
   */
  public static class GetQrQueryParams extends HashMap<String, Object> {
    public GetQrQueryParams format(@jakarta.annotation.Nullable final String value) {
      put("format", EncodingUtils.encode(value));
      return this;
    }
  }

  /**
   * Read the QR, raw (POST form)
   * The same read as GET /auth/qr, on POST as the docs&#39; sample sends it. Only reads.
   * @param format The output format; &#x60;raw&#x60;, the default, is the only one (the image has its own operation). (optional, default to raw)
   * @return QrRaw
   */
  @RequestLine("POST /auth/qr?format={format}")
  @Headers({
    "Accept: application/json",
  })
  QrRaw getQrByPost(@Param("format") @jakarta.annotation.Nullable String format);


  /**
   * Read the QR, raw (POST form)
   * Similar to <code>getQrByPost</code> but it also returns the http response headers .
   * The same read as GET /auth/qr, on POST as the docs&#39; sample sends it. Only reads.
   * @param format The output format; &#x60;raw&#x60;, the default, is the only one (the image has its own operation). (optional, default to raw)
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("POST /auth/qr?format={format}")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<QrRaw> getQrByPostWithHttpInfo(@Param("format") @jakarta.annotation.Nullable String format);


  /**
   * Read the QR, raw (POST form)
   * The same read as GET /auth/qr, on POST as the docs&#39; sample sends it. Only reads.
   * Note, this is equivalent to the other <code>getQrByPost</code> method,
   * but with the query parameters collected into a single Map parameter. This
   * is convenient for services with optional query parameters, especially when
   * used with the {@link GetQrByPostQueryParams} class that allows for
   * building up this map in a fluent style.
   * @param queryParams Map of query parameters as name-value pairs
   *   <p>The following elements may be specified in the query map:</p>
   *   <ul>
   *   <li>format - The output format; &#x60;raw&#x60;, the default, is the only one (the image has its own operation). (optional, default to raw)</li>
   *   </ul>
   * @return QrRaw
   */
  @RequestLine("POST /auth/qr?format={format}")
  @Headers({
  "Accept: application/json",
  })
  QrRaw getQrByPost(@QueryMap(encoded=true) GetQrByPostQueryParams queryParams);

  /**
  * Read the QR, raw (POST form)
  * The same read as GET /auth/qr, on POST as the docs&#39; sample sends it. Only reads.
  * Note, this is equivalent to the other <code>getQrByPost</code> that receives the query parameters as a map,
  * but this one also exposes the Http response headers
      * @param queryParams Map of query parameters as name-value pairs
      *   <p>The following elements may be specified in the query map:</p>
      *   <ul>
          *   <li>format - The output format; &#x60;raw&#x60;, the default, is the only one (the image has its own operation). (optional, default to raw)</li>
      *   </ul>
          * @return QrRaw
      */
      @RequestLine("POST /auth/qr?format={format}")
      @Headers({
    "Accept: application/json",
      })
   ApiResponse<QrRaw> getQrByPostWithHttpInfo(@QueryMap(encoded=true) GetQrByPostQueryParams queryParams);


   /**
   * A convenience class for generating query parameters for the
   * <code>getQrByPost</code> method in a fluent style.
   */
  public static class GetQrByPostQueryParams extends HashMap<String, Object> {
    public GetQrByPostQueryParams format(@jakarta.annotation.Nullable final String value) {
      put("format", EncodingUtils.encode(value));
      return this;
    }
  }

  /**
   * Read the QR as an image
   * The QR to scan as a PNG data URL: &#x60;{\&quot;qr\&quot;: \&quot;data:image/png;base64,…\&quot;}&#x60;. Documented: \&quot;Do not cache this response\&quot; (the answer forbids caching with &#x60;Cache-Control: no-store&#x60;); refresh it as the QR rotates (every 20 to 40 s). It shows the same QR as &#x60;/auth/qr&#x60; gives raw and session info&#39;s &#x60;qr&#x60; at the same moment (a position). Only while SCAN_QR_CODE: in any other status it answers 422 &#x60;invalid_session&#x60; naming the status (a position). Served on GET and POST (both documented); both only read. 
   * @return QrImage
   */
  @RequestLine("GET /auth/qr-image")
  @Headers({
    "Accept: application/json",
  })
  QrImage getQrImage();


  /**
   * Read the QR as an image
   * Similar to <code>getQrImage</code> but it also returns the http response headers .
   * The QR to scan as a PNG data URL: &#x60;{\&quot;qr\&quot;: \&quot;data:image/png;base64,…\&quot;}&#x60;. Documented: \&quot;Do not cache this response\&quot; (the answer forbids caching with &#x60;Cache-Control: no-store&#x60;); refresh it as the QR rotates (every 20 to 40 s). It shows the same QR as &#x60;/auth/qr&#x60; gives raw and session info&#39;s &#x60;qr&#x60; at the same moment (a position). Only while SCAN_QR_CODE: in any other status it answers 422 &#x60;invalid_session&#x60; naming the status (a position). Served on GET and POST (both documented); both only read. 
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("GET /auth/qr-image")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<QrImage> getQrImageWithHttpInfo();



  /**
   * Read the QR as an image (POST form)
   * The same read as GET /auth/qr-image, on POST (both documented). Only reads.
   * @return QrImage
   */
  @RequestLine("POST /auth/qr-image")
  @Headers({
    "Accept: application/json",
  })
  QrImage getQrImageByPost();


  /**
   * Read the QR as an image (POST form)
   * Similar to <code>getQrImageByPost</code> but it also returns the http response headers .
   * The same read as GET /auth/qr-image, on POST (both documented). Only reads.
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("POST /auth/qr-image")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<QrImage> getQrImageByPostWithHttpInfo();



  /**
   * Read the QR, raw or as an image (v1)
   * The v1 form of both QR reads, as public clients call it: &#x60;GET /getQr?format&#x3D;raw&#x60; answers the raw QR as v2&#39;s &#x60;/auth/qr&#x60; does (&#x60;{mimetype, data}&#x60;), &#x60;GET /getQr&#x60; (no &#x60;format&#x60;, or &#x60;format&#x3D;image&#x60;) the image as v2&#39;s &#x60;/auth/qr-image&#x60; does (&#x60;{qr}&#x60;). One GET answering two shapes: a &#x60;oneOf&#x60; chosen by &#x60;format&#x60; (&#x60;x-wawp-selects&#x60;). The answer carries the v1 page&#39;s non-cached response header. Only while SCAN_QR_CODE: in any other status it answers 422 &#x60;invalid_session&#x60; naming the status (a position). 
   * @param format &#x60;raw&#x60; for the raw QR (&#x60;QrRaw&#x60;), &#x60;image&#x60; (the default) for the image (&#x60;QrImage&#x60;). (optional, default to image)
   * @return V1Qr
   */
  @RequestLine("GET /getQr?format={format}")
  @Headers({
    "Accept: application/json",
  })
  V1Qr getQrV1(@Param("format") @jakarta.annotation.Nullable String format);


  /**
   * Read the QR, raw or as an image (v1)
   * Similar to <code>getQrV1</code> but it also returns the http response headers .
   * The v1 form of both QR reads, as public clients call it: &#x60;GET /getQr?format&#x3D;raw&#x60; answers the raw QR as v2&#39;s &#x60;/auth/qr&#x60; does (&#x60;{mimetype, data}&#x60;), &#x60;GET /getQr&#x60; (no &#x60;format&#x60;, or &#x60;format&#x3D;image&#x60;) the image as v2&#39;s &#x60;/auth/qr-image&#x60; does (&#x60;{qr}&#x60;). One GET answering two shapes: a &#x60;oneOf&#x60; chosen by &#x60;format&#x60; (&#x60;x-wawp-selects&#x60;). The answer carries the v1 page&#39;s non-cached response header. Only while SCAN_QR_CODE: in any other status it answers 422 &#x60;invalid_session&#x60; naming the status (a position). 
   * @param format &#x60;raw&#x60; for the raw QR (&#x60;QrRaw&#x60;), &#x60;image&#x60; (the default) for the image (&#x60;QrImage&#x60;). (optional, default to image)
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("GET /getQr?format={format}")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<V1Qr> getQrV1WithHttpInfo(@Param("format") @jakarta.annotation.Nullable String format);


  /**
   * Read the QR, raw or as an image (v1)
   * The v1 form of both QR reads, as public clients call it: &#x60;GET /getQr?format&#x3D;raw&#x60; answers the raw QR as v2&#39;s &#x60;/auth/qr&#x60; does (&#x60;{mimetype, data}&#x60;), &#x60;GET /getQr&#x60; (no &#x60;format&#x60;, or &#x60;format&#x3D;image&#x60;) the image as v2&#39;s &#x60;/auth/qr-image&#x60; does (&#x60;{qr}&#x60;). One GET answering two shapes: a &#x60;oneOf&#x60; chosen by &#x60;format&#x60; (&#x60;x-wawp-selects&#x60;). The answer carries the v1 page&#39;s non-cached response header. Only while SCAN_QR_CODE: in any other status it answers 422 &#x60;invalid_session&#x60; naming the status (a position). 
   * Note, this is equivalent to the other <code>getQrV1</code> method,
   * but with the query parameters collected into a single Map parameter. This
   * is convenient for services with optional query parameters, especially when
   * used with the {@link GetQrV1QueryParams} class that allows for
   * building up this map in a fluent style.
   * @param queryParams Map of query parameters as name-value pairs
   *   <p>The following elements may be specified in the query map:</p>
   *   <ul>
   *   <li>format - &#x60;raw&#x60; for the raw QR (&#x60;QrRaw&#x60;), &#x60;image&#x60; (the default) for the image (&#x60;QrImage&#x60;). (optional, default to image)</li>
   *   </ul>
   * @return V1Qr
   */
  @RequestLine("GET /getQr?format={format}")
  @Headers({
  "Accept: application/json",
  })
  V1Qr getQrV1(@QueryMap(encoded=true) GetQrV1QueryParams queryParams);

  /**
  * Read the QR, raw or as an image (v1)
  * The v1 form of both QR reads, as public clients call it: &#x60;GET /getQr?format&#x3D;raw&#x60; answers the raw QR as v2&#39;s &#x60;/auth/qr&#x60; does (&#x60;{mimetype, data}&#x60;), &#x60;GET /getQr&#x60; (no &#x60;format&#x60;, or &#x60;format&#x3D;image&#x60;) the image as v2&#39;s &#x60;/auth/qr-image&#x60; does (&#x60;{qr}&#x60;). One GET answering two shapes: a &#x60;oneOf&#x60; chosen by &#x60;format&#x60; (&#x60;x-wawp-selects&#x60;). The answer carries the v1 page&#39;s non-cached response header. Only while SCAN_QR_CODE: in any other status it answers 422 &#x60;invalid_session&#x60; naming the status (a position). 
  * Note, this is equivalent to the other <code>getQrV1</code> that receives the query parameters as a map,
  * but this one also exposes the Http response headers
      * @param queryParams Map of query parameters as name-value pairs
      *   <p>The following elements may be specified in the query map:</p>
      *   <ul>
          *   <li>format - &#x60;raw&#x60; for the raw QR (&#x60;QrRaw&#x60;), &#x60;image&#x60; (the default) for the image (&#x60;QrImage&#x60;). (optional, default to image)</li>
      *   </ul>
          * @return V1Qr
      */
      @RequestLine("GET /getQr?format={format}")
      @Headers({
    "Accept: application/json",
      })
   ApiResponse<V1Qr> getQrV1WithHttpInfo(@QueryMap(encoded=true) GetQrV1QueryParams queryParams);


   /**
   * A convenience class for generating query parameters for the
   * <code>getQrV1</code> method in a fluent style.
   */
  public static class GetQrV1QueryParams extends HashMap<String, Object> {
    public GetQrV1QueryParams format(@jakarta.annotation.Nullable final String value) {
      put("format", EncodingUtils.encode(value));
      return this;
    }
  }

  /**
   * Take a live screenshot
   * A PNG of what the session shows now, as &#x60;{mimetype, data}&#x60; (&#x60;data&#x60; the Base64 of the image): the QR page while SCAN_QR_CODE, the logged-in page while WORKING. Documented on v1 only (\&quot;Get a live screenshot\&quot;); this v2 path is a position (no page prints one; a service that answers 404 here departs from a position only). In any other status it answers 422 &#x60;invalid_session&#x60; naming the status (a position). The answer must not be cached. 
   * @return Screenshot
   */
  @RequestLine("GET /auth/screenshot")
  @Headers({
    "Accept: application/json",
  })
  Screenshot getScreenshot();


  /**
   * Take a live screenshot
   * Similar to <code>getScreenshot</code> but it also returns the http response headers .
   * A PNG of what the session shows now, as &#x60;{mimetype, data}&#x60; (&#x60;data&#x60; the Base64 of the image): the QR page while SCAN_QR_CODE, the logged-in page while WORKING. Documented on v1 only (\&quot;Get a live screenshot\&quot;); this v2 path is a position (no page prints one; a service that answers 404 here departs from a position only). In any other status it answers 422 &#x60;invalid_session&#x60; naming the status (a position). The answer must not be cached. 
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("GET /auth/screenshot")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<Screenshot> getScreenshotWithHttpInfo();



  /**
   * Take a live screenshot (v1)
   * The v1 menu&#39;s \&quot;Get a live screenshot\&quot; (GET): a PNG of what the session shows now, as &#x60;{mimetype, data}&#x60; (\&quot;a base64 image + its mime type\&quot;). No page prints its path: &#x60;/getScreenshot&#x60;, in the style of &#x60;/getQr&#x60; and &#x60;/requestCode&#x60;, is a position. Only while SCAN_QR_CODE or WORKING (a position). The answer must not be cached. 
   * @return Screenshot
   */
  @RequestLine("GET /getScreenshot")
  @Headers({
    "Accept: application/json",
  })
  Screenshot getScreenshotV1();


  /**
   * Take a live screenshot (v1)
   * Similar to <code>getScreenshotV1</code> but it also returns the http response headers .
   * The v1 menu&#39;s \&quot;Get a live screenshot\&quot; (GET): a PNG of what the session shows now, as &#x60;{mimetype, data}&#x60; (\&quot;a base64 image + its mime type\&quot;). No page prints its path: &#x60;/getScreenshot&#x60;, in the style of &#x60;/getQr&#x60; and &#x60;/requestCode&#x60;, is a position. Only while SCAN_QR_CODE or WORKING (a position). The answer must not be cached. 
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("GET /getScreenshot")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<Screenshot> getScreenshotV1WithHttpInfo();



  /**
   * Request a pairing code
   * \&quot;Requests a linking code for phone-based WhatsApp authentication (OTP style)\&quot;: the person types the code into WhatsApp (Linked devices, link with phone number) instead of scanning the QR, and the session becomes WORKING with its login saved, as after a scan. The answer is &#x60;{code}&#x60;, eight characters printed like &#x60;ABCD-1234&#x60;.  **Where &#x60;phone_number&#x60; travels.** The query string, as the v1 form (&#x60;requestCode?phone_number&#x3D;…&#x60;) and the v2 sample send it. The v2 page also shows it in a JSON body while saying \&quot;No query parameters required\&quot;: a body &#x60;{\&quot;phone_number\&quot;: …}&#x60; is accepted too (a position), and the query wins when both carry it. One of the two must (400 &#x60;missing_parameter&#x60; otherwise).  Positions: asked again for the same number it answers the same code until the person enters it, the session leaves SCAN_QR_CODE or the code expires (so it is safe to repeat); a code asked for another number replaces it. Only while SCAN_QR_CODE: in any other status it answers 422 &#x60;invalid_session&#x60; naming the status. 
   * @param phoneNumber The phone number of the WhatsApp account to link, digits only in international form (country code first, no &#x60;+&#x60;), as the docs send it (documented: the query form). Required unless the body carries it. (optional)
   * @param pairingCodeRequest Position: the same parameter as a JSON body, as the v2 page also shows it. Not needed when the query string carries &#x60;phone_number&#x60;. (optional)
   * @return PairingCode
   */
  @RequestLine("POST /auth/request-code?phone_number={phoneNumber}")
  @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
  })
  PairingCode requestPairingCode(@Param("phoneNumber") @jakarta.annotation.Nullable String phoneNumber, @jakarta.annotation.Nullable PairingCodeRequest pairingCodeRequest);


  /**
   * Request a pairing code, without a body: the optional body's members travel in the query string.
   * (An overload of this project's template: Feign refuses a null body argument.)
   * @param phoneNumber The phone number of the WhatsApp account to link, digits only in international form (country code first, no &#x60;+&#x60;), as the docs send it (documented: the query form). Required unless the body carries it.
   * @return PairingCode
   */
  @RequestLine("POST /auth/request-code?phone_number={phoneNumber}")
  @Headers({
    "Accept: application/json",
  })
  PairingCode requestPairingCode(@Param("phoneNumber") @jakarta.annotation.Nullable String phoneNumber);


  /**
   * Request a pairing code
   * Similar to <code>requestPairingCode</code> but it also returns the http response headers .
   * \&quot;Requests a linking code for phone-based WhatsApp authentication (OTP style)\&quot;: the person types the code into WhatsApp (Linked devices, link with phone number) instead of scanning the QR, and the session becomes WORKING with its login saved, as after a scan. The answer is &#x60;{code}&#x60;, eight characters printed like &#x60;ABCD-1234&#x60;.  **Where &#x60;phone_number&#x60; travels.** The query string, as the v1 form (&#x60;requestCode?phone_number&#x3D;…&#x60;) and the v2 sample send it. The v2 page also shows it in a JSON body while saying \&quot;No query parameters required\&quot;: a body &#x60;{\&quot;phone_number\&quot;: …}&#x60; is accepted too (a position), and the query wins when both carry it. One of the two must (400 &#x60;missing_parameter&#x60; otherwise).  Positions: asked again for the same number it answers the same code until the person enters it, the session leaves SCAN_QR_CODE or the code expires (so it is safe to repeat); a code asked for another number replaces it. Only while SCAN_QR_CODE: in any other status it answers 422 &#x60;invalid_session&#x60; naming the status. 
   * @param phoneNumber The phone number of the WhatsApp account to link, digits only in international form (country code first, no &#x60;+&#x60;), as the docs send it (documented: the query form). Required unless the body carries it. (optional)
   * @param pairingCodeRequest Position: the same parameter as a JSON body, as the v2 page also shows it. Not needed when the query string carries &#x60;phone_number&#x60;. (optional)
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("POST /auth/request-code?phone_number={phoneNumber}")
  @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
  })
  ApiResponse<PairingCode> requestPairingCodeWithHttpInfo(@Param("phoneNumber") @jakarta.annotation.Nullable String phoneNumber, @jakarta.annotation.Nullable PairingCodeRequest pairingCodeRequest);


  /**
   * Request a pairing code
   * \&quot;Requests a linking code for phone-based WhatsApp authentication (OTP style)\&quot;: the person types the code into WhatsApp (Linked devices, link with phone number) instead of scanning the QR, and the session becomes WORKING with its login saved, as after a scan. The answer is &#x60;{code}&#x60;, eight characters printed like &#x60;ABCD-1234&#x60;.  **Where &#x60;phone_number&#x60; travels.** The query string, as the v1 form (&#x60;requestCode?phone_number&#x3D;…&#x60;) and the v2 sample send it. The v2 page also shows it in a JSON body while saying \&quot;No query parameters required\&quot;: a body &#x60;{\&quot;phone_number\&quot;: …}&#x60; is accepted too (a position), and the query wins when both carry it. One of the two must (400 &#x60;missing_parameter&#x60; otherwise).  Positions: asked again for the same number it answers the same code until the person enters it, the session leaves SCAN_QR_CODE or the code expires (so it is safe to repeat); a code asked for another number replaces it. Only while SCAN_QR_CODE: in any other status it answers 422 &#x60;invalid_session&#x60; naming the status. 
   * Note, this is equivalent to the other <code>requestPairingCode</code> method,
   * but with the query parameters collected into a single Map parameter. This
   * is convenient for services with optional query parameters, especially when
   * used with the {@link RequestPairingCodeQueryParams} class that allows for
   * building up this map in a fluent style.
   * @param pairingCodeRequest Position: the same parameter as a JSON body, as the v2 page also shows it. Not needed when the query string carries &#x60;phone_number&#x60;. (optional)
   * @param queryParams Map of query parameters as name-value pairs
   *   <p>The following elements may be specified in the query map:</p>
   *   <ul>
   *   <li>phoneNumber - The phone number of the WhatsApp account to link, digits only in international form (country code first, no &#x60;+&#x60;), as the docs send it (documented: the query form). Required unless the body carries it. (optional)</li>
   *   </ul>
   * @return PairingCode
   */
  @RequestLine("POST /auth/request-code?phone_number={phoneNumber}")
  @Headers({
  "Content-Type: application/json",
  "Accept: application/json",
  })
  PairingCode requestPairingCode(@jakarta.annotation.Nullable PairingCodeRequest pairingCodeRequest, @QueryMap(encoded=true) RequestPairingCodeQueryParams queryParams);

  /**
  * Request a pairing code
  * \&quot;Requests a linking code for phone-based WhatsApp authentication (OTP style)\&quot;: the person types the code into WhatsApp (Linked devices, link with phone number) instead of scanning the QR, and the session becomes WORKING with its login saved, as after a scan. The answer is &#x60;{code}&#x60;, eight characters printed like &#x60;ABCD-1234&#x60;.  **Where &#x60;phone_number&#x60; travels.** The query string, as the v1 form (&#x60;requestCode?phone_number&#x3D;…&#x60;) and the v2 sample send it. The v2 page also shows it in a JSON body while saying \&quot;No query parameters required\&quot;: a body &#x60;{\&quot;phone_number\&quot;: …}&#x60; is accepted too (a position), and the query wins when both carry it. One of the two must (400 &#x60;missing_parameter&#x60; otherwise).  Positions: asked again for the same number it answers the same code until the person enters it, the session leaves SCAN_QR_CODE or the code expires (so it is safe to repeat); a code asked for another number replaces it. Only while SCAN_QR_CODE: in any other status it answers 422 &#x60;invalid_session&#x60; naming the status. 
  * Note, this is equivalent to the other <code>requestPairingCode</code> that receives the query parameters as a map,
  * but this one also exposes the Http response headers
              * @param pairingCodeRequest Position: the same parameter as a JSON body, as the v2 page also shows it. Not needed when the query string carries &#x60;phone_number&#x60;. (optional)
      * @param queryParams Map of query parameters as name-value pairs
      *   <p>The following elements may be specified in the query map:</p>
      *   <ul>
          *   <li>phoneNumber - The phone number of the WhatsApp account to link, digits only in international form (country code first, no &#x60;+&#x60;), as the docs send it (documented: the query form). Required unless the body carries it. (optional)</li>
      *   </ul>
          * @return PairingCode
      */
      @RequestLine("POST /auth/request-code?phone_number={phoneNumber}")
      @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
      })
   ApiResponse<PairingCode> requestPairingCodeWithHttpInfo(@jakarta.annotation.Nullable PairingCodeRequest pairingCodeRequest, @QueryMap(encoded=true) RequestPairingCodeQueryParams queryParams);


   /**
   * A convenience class for generating query parameters for the
   * <code>requestPairingCode</code> method in a fluent style.
   */
  public static class RequestPairingCodeQueryParams extends HashMap<String, Object> {
    public RequestPairingCodeQueryParams phoneNumber(@jakarta.annotation.Nullable final String value) {
      put("phone_number", EncodingUtils.encode(value));
      return this;
    }
  }

  /**
   * Request a pairing code (v1)
   * The v1 form of &#x60;/auth/request-code&#x60;, as public clients call it: &#x60;POST /requestCode?phone_number&#x3D;…&#x60;. The same rules: the query form (documented) or a JSON body (a position), the same code until it is entered or expires, only while SCAN_QR_CODE. 
   * @param phoneNumber The phone number of the WhatsApp account to link, digits only in international form (country code first, no &#x60;+&#x60;), as the docs send it (documented: the query form). Required unless the body carries it. (optional)
   * @param pairingCodeRequest Position: the same parameter as a JSON body, as the v2 page also shows it. Not needed when the query string carries &#x60;phone_number&#x60;. (optional)
   * @return PairingCode
   */
  @RequestLine("POST /requestCode?phone_number={phoneNumber}")
  @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
  })
  PairingCode requestPairingCodeV1(@Param("phoneNumber") @jakarta.annotation.Nullable String phoneNumber, @jakarta.annotation.Nullable PairingCodeRequest pairingCodeRequest);


  /**
   * Request a pairing code (v1), without a body: the optional body's members travel in the query string.
   * (An overload of this project's template: Feign refuses a null body argument.)
   * @param phoneNumber The phone number of the WhatsApp account to link, digits only in international form (country code first, no &#x60;+&#x60;), as the docs send it (documented: the query form). Required unless the body carries it.
   * @return PairingCode
   */
  @RequestLine("POST /requestCode?phone_number={phoneNumber}")
  @Headers({
    "Accept: application/json",
  })
  PairingCode requestPairingCodeV1(@Param("phoneNumber") @jakarta.annotation.Nullable String phoneNumber);


  /**
   * Request a pairing code (v1)
   * Similar to <code>requestPairingCodeV1</code> but it also returns the http response headers .
   * The v1 form of &#x60;/auth/request-code&#x60;, as public clients call it: &#x60;POST /requestCode?phone_number&#x3D;…&#x60;. The same rules: the query form (documented) or a JSON body (a position), the same code until it is entered or expires, only while SCAN_QR_CODE. 
   * @param phoneNumber The phone number of the WhatsApp account to link, digits only in international form (country code first, no &#x60;+&#x60;), as the docs send it (documented: the query form). Required unless the body carries it. (optional)
   * @param pairingCodeRequest Position: the same parameter as a JSON body, as the v2 page also shows it. Not needed when the query string carries &#x60;phone_number&#x60;. (optional)
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("POST /requestCode?phone_number={phoneNumber}")
  @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
  })
  ApiResponse<PairingCode> requestPairingCodeV1WithHttpInfo(@Param("phoneNumber") @jakarta.annotation.Nullable String phoneNumber, @jakarta.annotation.Nullable PairingCodeRequest pairingCodeRequest);


  /**
   * Request a pairing code (v1)
   * The v1 form of &#x60;/auth/request-code&#x60;, as public clients call it: &#x60;POST /requestCode?phone_number&#x3D;…&#x60;. The same rules: the query form (documented) or a JSON body (a position), the same code until it is entered or expires, only while SCAN_QR_CODE. 
   * Note, this is equivalent to the other <code>requestPairingCodeV1</code> method,
   * but with the query parameters collected into a single Map parameter. This
   * is convenient for services with optional query parameters, especially when
   * used with the {@link RequestPairingCodeV1QueryParams} class that allows for
   * building up this map in a fluent style.
   * @param pairingCodeRequest Position: the same parameter as a JSON body, as the v2 page also shows it. Not needed when the query string carries &#x60;phone_number&#x60;. (optional)
   * @param queryParams Map of query parameters as name-value pairs
   *   <p>The following elements may be specified in the query map:</p>
   *   <ul>
   *   <li>phoneNumber - The phone number of the WhatsApp account to link, digits only in international form (country code first, no &#x60;+&#x60;), as the docs send it (documented: the query form). Required unless the body carries it. (optional)</li>
   *   </ul>
   * @return PairingCode
   */
  @RequestLine("POST /requestCode?phone_number={phoneNumber}")
  @Headers({
  "Content-Type: application/json",
  "Accept: application/json",
  })
  PairingCode requestPairingCodeV1(@jakarta.annotation.Nullable PairingCodeRequest pairingCodeRequest, @QueryMap(encoded=true) RequestPairingCodeV1QueryParams queryParams);

  /**
  * Request a pairing code (v1)
  * The v1 form of &#x60;/auth/request-code&#x60;, as public clients call it: &#x60;POST /requestCode?phone_number&#x3D;…&#x60;. The same rules: the query form (documented) or a JSON body (a position), the same code until it is entered or expires, only while SCAN_QR_CODE. 
  * Note, this is equivalent to the other <code>requestPairingCodeV1</code> that receives the query parameters as a map,
  * but this one also exposes the Http response headers
              * @param pairingCodeRequest Position: the same parameter as a JSON body, as the v2 page also shows it. Not needed when the query string carries &#x60;phone_number&#x60;. (optional)
      * @param queryParams Map of query parameters as name-value pairs
      *   <p>The following elements may be specified in the query map:</p>
      *   <ul>
          *   <li>phoneNumber - The phone number of the WhatsApp account to link, digits only in international form (country code first, no &#x60;+&#x60;), as the docs send it (documented: the query form). Required unless the body carries it. (optional)</li>
      *   </ul>
          * @return PairingCode
      */
      @RequestLine("POST /requestCode?phone_number={phoneNumber}")
      @Headers({
    "Content-Type: application/json",
    "Accept: application/json",
      })
   ApiResponse<PairingCode> requestPairingCodeV1WithHttpInfo(@jakarta.annotation.Nullable PairingCodeRequest pairingCodeRequest, @QueryMap(encoded=true) RequestPairingCodeV1QueryParams queryParams);


   /**
   * A convenience class for generating query parameters for the
   * <code>requestPairingCodeV1</code> method in a fluent style.
   */
  public static class RequestPairingCodeV1QueryParams extends HashMap<String, Object> {
    public RequestPairingCodeV1QueryParams phoneNumber(@jakarta.annotation.Nullable final String value) {
      put("phone_number", EncodingUtils.encode(value));
      return this;
    }
  }
}
