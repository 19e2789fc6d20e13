package io.wawpkit.session.generated.api;

import io.wawpkit.session.generated.ApiClient;
import io.wawpkit.session.generated.EncodingUtils;
import io.wawpkit.session.generated.model.ApiResponse;

import io.wawpkit.session.generated.model.CreateSessionResult;
import io.wawpkit.session.generated.model.DeletedSession;
import io.wawpkit.session.generated.model.Error;
import io.wawpkit.session.generated.model.LogoutResult;
import io.wawpkit.session.generated.model.SessionInfo;
import io.wawpkit.session.generated.model.V1CreatedSession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import feign.*;

@jakarta.annotation.Generated(value = "org.openapitools.codegen.languages.JavaClientCodegen", comments = "Generator version: 7.25.0")
public interface LifecycleApi extends ApiClient.Api {


  /**
   * Create a session (instance)
   * Provisions a new instance for the account of the token; needs only &#x60;access_token&#x60; (no &#x60;instance_id&#x60;). The new session is STOPPED: call start next. Store the &#x60;instance_id&#x60; (and &#x60;server_name&#x60; when present). An account at its instance quota gets 403.  The answer links to every operation that takes the new &#x60;instance_id&#x60;. The links name it &#x60;query.instance_id&#x60;: the id is declared by the security schemes (the &#x60;instance_id&#x60; query parameter, or the &#x60;X-Instance-ID&#x60; header in the header form), not as an operation parameter, so a link cannot name the header form too; send it the way the request&#39;s credentials go. 
   * @return CreateSessionResult
   */
  @RequestLine("POST /session/create")
  @Headers({
    "Accept: application/json",
  })
  CreateSessionResult createSession();


  /**
   * Create a session (instance)
   * Similar to <code>createSession</code> but it also returns the http response headers .
   * Provisions a new instance for the account of the token; needs only &#x60;access_token&#x60; (no &#x60;instance_id&#x60;). The new session is STOPPED: call start next. Store the &#x60;instance_id&#x60; (and &#x60;server_name&#x60; when present). An account at its instance quota gets 403.  The answer links to every operation that takes the new &#x60;instance_id&#x60;. The links name it &#x60;query.instance_id&#x60;: the id is declared by the security schemes (the &#x60;instance_id&#x60; query parameter, or the &#x60;X-Instance-ID&#x60; header in the header form), not as an operation parameter, so a link cannot name the header form too; send it the way the request&#39;s credentials go. 
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("POST /session/create")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<CreateSessionResult> createSessionWithHttpInfo();



  /**
   * Create a named session (v1)
   * The one documented v1 create: &#x60;POST /wp-json/awp/v1/createSession?name&#x3D;&lt;session name&gt;&amp;access_token&#x3D;...&#x60; (the v1 menu&#39;s \&quot;Create new Session\&quot;, shown on no page at &#x60;/session/create&#x60;). Needs only &#x60;access_token&#x60; and the session&#39;s &#x60;name&#x60;. Its printed answer is the session object, &#x60;STARTING&#x60; (this create starts the session: it moves on as after start), with no top-level &#x60;instance_id&#x60;: the new id is only in &#x60;config.metadata.instance_id&#x60;. That metadata also echoes the &#x60;access_token&#x60;: never log the answer. An account at its instance quota gets 403.  The answer links to every v1 operation that takes the new &#x60;instance_id&#x60; (named &#x60;query.instance_id&#x60;, as for v2 create). 
   * @param name The new session&#39;s name. Documented as a query parameter of every v1 create call; the docs state no format, so any non-empty text is accepted. (required)
   * @return V1CreatedSession
   */
  @RequestLine("POST /createSession?name={name}")
  @Headers({
    "Accept: application/json",
  })
  V1CreatedSession createSessionV1(@Param("name") @jakarta.annotation.Nonnull String name);


  /**
   * Create a named session (v1)
   * Similar to <code>createSessionV1</code> but it also returns the http response headers .
   * The one documented v1 create: &#x60;POST /wp-json/awp/v1/createSession?name&#x3D;&lt;session name&gt;&amp;access_token&#x3D;...&#x60; (the v1 menu&#39;s \&quot;Create new Session\&quot;, shown on no page at &#x60;/session/create&#x60;). Needs only &#x60;access_token&#x60; and the session&#39;s &#x60;name&#x60;. Its printed answer is the session object, &#x60;STARTING&#x60; (this create starts the session: it moves on as after start), with no top-level &#x60;instance_id&#x60;: the new id is only in &#x60;config.metadata.instance_id&#x60;. That metadata also echoes the &#x60;access_token&#x60;: never log the answer. An account at its instance quota gets 403.  The answer links to every v1 operation that takes the new &#x60;instance_id&#x60; (named &#x60;query.instance_id&#x60;, as for v2 create). 
   * @param name The new session&#39;s name. Documented as a query parameter of every v1 create call; the docs state no format, so any non-empty text is accepted. (required)
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("POST /createSession?name={name}")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<V1CreatedSession> createSessionV1WithHttpInfo(@Param("name") @jakarta.annotation.Nonnull String name);


  /**
   * Create a named session (v1)
   * The one documented v1 create: &#x60;POST /wp-json/awp/v1/createSession?name&#x3D;&lt;session name&gt;&amp;access_token&#x3D;...&#x60; (the v1 menu&#39;s \&quot;Create new Session\&quot;, shown on no page at &#x60;/session/create&#x60;). Needs only &#x60;access_token&#x60; and the session&#39;s &#x60;name&#x60;. Its printed answer is the session object, &#x60;STARTING&#x60; (this create starts the session: it moves on as after start), with no top-level &#x60;instance_id&#x60;: the new id is only in &#x60;config.metadata.instance_id&#x60;. That metadata also echoes the &#x60;access_token&#x60;: never log the answer. An account at its instance quota gets 403.  The answer links to every v1 operation that takes the new &#x60;instance_id&#x60; (named &#x60;query.instance_id&#x60;, as for v2 create). 
   * Note, this is equivalent to the other <code>createSessionV1</code> method,
   * but with the query parameters collected into a single Map parameter. This
   * is convenient for services with optional query parameters, especially when
   * used with the {@link CreateSessionV1QueryParams} class that allows for
   * building up this map in a fluent style.
   * @param queryParams Map of query parameters as name-value pairs
   *   <p>The following elements may be specified in the query map:</p>
   *   <ul>
   *   <li>name - The new session&#39;s name. Documented as a query parameter of every v1 create call; the docs state no format, so any non-empty text is accepted. (required)</li>
   *   </ul>
   * @return V1CreatedSession
   */
  @RequestLine("POST /createSession?name={name}")
  @Headers({
  "Accept: application/json",
  })
  V1CreatedSession createSessionV1(@QueryMap(encoded=true) CreateSessionV1QueryParams queryParams);

  /**
  * Create a named session (v1)
  * The one documented v1 create: &#x60;POST /wp-json/awp/v1/createSession?name&#x3D;&lt;session name&gt;&amp;access_token&#x3D;...&#x60; (the v1 menu&#39;s \&quot;Create new Session\&quot;, shown on no page at &#x60;/session/create&#x60;). Needs only &#x60;access_token&#x60; and the session&#39;s &#x60;name&#x60;. Its printed answer is the session object, &#x60;STARTING&#x60; (this create starts the session: it moves on as after start), with no top-level &#x60;instance_id&#x60;: the new id is only in &#x60;config.metadata.instance_id&#x60;. That metadata also echoes the &#x60;access_token&#x60;: never log the answer. An account at its instance quota gets 403.  The answer links to every v1 operation that takes the new &#x60;instance_id&#x60; (named &#x60;query.instance_id&#x60;, as for v2 create). 
  * Note, this is equivalent to the other <code>createSessionV1</code> that receives the query parameters as a map,
  * but this one also exposes the Http response headers
      * @param queryParams Map of query parameters as name-value pairs
      *   <p>The following elements may be specified in the query map:</p>
      *   <ul>
          *   <li>name - The new session&#39;s name. Documented as a query parameter of every v1 create call; the docs state no format, so any non-empty text is accepted. (required)</li>
      *   </ul>
          * @return V1CreatedSession
      */
      @RequestLine("POST /createSession?name={name}")
      @Headers({
    "Accept: application/json",
      })
   ApiResponse<V1CreatedSession> createSessionV1WithHttpInfo(@QueryMap(encoded=true) CreateSessionV1QueryParams queryParams);


   /**
   * A convenience class for generating query parameters for the
   * <code>createSessionV1</code> method in a fluent style.
   */
  public static class CreateSessionV1QueryParams extends HashMap<String, Object> {
    public CreateSessionV1QueryParams name(@jakarta.annotation.Nonnull final String value) {
      put("name", EncodingUtils.encode(value));
      return this;
    }
  }

  /**
   * Delete a session permanently
   * Irreversible. The answer carries status &#x60;DELETED&#x60; (not a lifecycle status). Afterwards every call with this &#x60;instance_id&#x60; answers 404. Not safe to repeat: a retry of a deletion that succeeded answers 404. 
   * @return DeletedSession
   */
  @RequestLine("DELETE /session/delete")
  @Headers({
    "Accept: application/json",
  })
  DeletedSession deleteSession();


  /**
   * Delete a session permanently
   * Similar to <code>deleteSession</code> but it also returns the http response headers .
   * Irreversible. The answer carries status &#x60;DELETED&#x60; (not a lifecycle status). Afterwards every call with this &#x60;instance_id&#x60; answers 404. Not safe to repeat: a retry of a deletion that succeeded answers 404. 
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("DELETE /session/delete")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<DeletedSession> deleteSessionWithHttpInfo();



  /**
   * Log out (unlink WhatsApp)
   * Unlinks the WhatsApp device and drops the saved login: WORKING -&gt; SCAN_QR_CODE (a new scan is needed). The instance and its settings (webhooks, proxy, policy) stay. On a stopped session the status stays STOPPED (the login is still dropped). Not marked safe to repeat: it is destructive, and a retry could unlink a login made in between. 
   * @return LogoutResult
   */
  @RequestLine("POST /session/logout")
  @Headers({
    "Accept: application/json",
  })
  LogoutResult logoutSession();


  /**
   * Log out (unlink WhatsApp)
   * Similar to <code>logoutSession</code> but it also returns the http response headers .
   * Unlinks the WhatsApp device and drops the saved login: WORKING -&gt; SCAN_QR_CODE (a new scan is needed). The instance and its settings (webhooks, proxy, policy) stay. On a stopped session the status stays STOPPED (the login is still dropped). Not marked safe to repeat: it is destructive, and a retry could unlink a login made in between. 
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("POST /session/logout")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<LogoutResult> logoutSessionWithHttpInfo();



  /**
   * Log out (GET form)
   * The same action as POST /session/logout, offered on GET by the docs.
   * @return LogoutResult
   */
  @RequestLine("GET /session/logout")
  @Headers({
    "Accept: application/json",
  })
  LogoutResult logoutSessionByGet();


  /**
   * Log out (GET form)
   * Similar to <code>logoutSessionByGet</code> but it also returns the http response headers .
   * The same action as POST /session/logout, offered on GET by the docs.
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("GET /session/logout")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<LogoutResult> logoutSessionByGetWithHttpInfo();



  /**
   * Restart a session
   * Stop then start in one call: -&gt; STARTING, then as after start. The saved login is kept. The docs advise waiting about 30 s after a restart before sending messages. Not safe to repeat: each call reboots the engine again. 
   * @return SessionInfo
   */
  @RequestLine("POST /session/restart")
  @Headers({
    "Accept: application/json",
  })
  SessionInfo restartSession();


  /**
   * Restart a session
   * Similar to <code>restartSession</code> but it also returns the http response headers .
   * Stop then start in one call: -&gt; STARTING, then as after start. The saved login is kept. The docs advise waiting about 30 s after a restart before sending messages. Not safe to repeat: each call reboots the engine again. 
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("POST /session/restart")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<SessionInfo> restartSessionWithHttpInfo();



  /**
   * Restart a session (GET form)
   * The same action as POST /session/restart, offered on GET by the docs.
   * @return SessionInfo
   */
  @RequestLine("GET /session/restart")
  @Headers({
    "Accept: application/json",
  })
  SessionInfo restartSessionByGet();


  /**
   * Restart a session (GET form)
   * Similar to <code>restartSessionByGet</code> but it also returns the http response headers .
   * The same action as POST /session/restart, offered on GET by the docs.
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("GET /session/restart")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<SessionInfo> restartSessionByGetWithHttpInfo();



  /**
   * Start a session
   * Boots the engine: STOPPED -&gt; STARTING, then SCAN_QR_CODE (no saved login) or WORKING (the saved login resumes). On a running session the docs warn of conflicts; the contract keeps the status and answers 200. Not safe to repeat blindly. 
   * @return SessionInfo
   */
  @RequestLine("POST /session/start")
  @Headers({
    "Accept: application/json",
  })
  SessionInfo startSession();


  /**
   * Start a session
   * Similar to <code>startSession</code> but it also returns the http response headers .
   * Boots the engine: STOPPED -&gt; STARTING, then SCAN_QR_CODE (no saved login) or WORKING (the saved login resumes). On a running session the docs warn of conflicts; the contract keeps the status and answers 200. Not safe to repeat blindly. 
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("POST /session/start")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<SessionInfo> startSessionWithHttpInfo();



  /**
   * Start a session (GET form)
   * The same action as POST /session/start, offered on GET by the docs. It changes state despite the method.
   * @return SessionInfo
   */
  @RequestLine("GET /session/start")
  @Headers({
    "Accept: application/json",
  })
  SessionInfo startSessionByGet();


  /**
   * Start a session (GET form)
   * Similar to <code>startSessionByGet</code> but it also returns the http response headers .
   * The same action as POST /session/start, offered on GET by the docs. It changes state despite the method.
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("GET /session/start")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<SessionInfo> startSessionByGetWithHttpInfo();



  /**
   * Stop a session
   * Graceful shutdown to STOPPED. The saved login and the settings are kept, so a later start resumes WORKING without a new scan. Stopping a stopped session answers 200. Safe to repeat: the result is STOPPED however often it is sent. 
   * @return SessionInfo
   */
  @RequestLine("POST /session/stop")
  @Headers({
    "Accept: application/json",
  })
  SessionInfo stopSession();


  /**
   * Stop a session
   * Similar to <code>stopSession</code> but it also returns the http response headers .
   * Graceful shutdown to STOPPED. The saved login and the settings are kept, so a later start resumes WORKING without a new scan. Stopping a stopped session answers 200. Safe to repeat: the result is STOPPED however often it is sent. 
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("POST /session/stop")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<SessionInfo> stopSessionWithHttpInfo();



  /**
   * Stop a session (GET form)
   * The same action as POST /session/stop, offered on GET by the docs.
   * @return SessionInfo
   */
  @RequestLine("GET /session/stop")
  @Headers({
    "Accept: application/json",
  })
  SessionInfo stopSessionByGet();


  /**
   * Stop a session (GET form)
   * Similar to <code>stopSessionByGet</code> but it also returns the http response headers .
   * The same action as POST /session/stop, offered on GET by the docs.
   * @return A ApiResponse that wraps the response boyd and the http headers.
   */
  @RequestLine("GET /session/stop")
  @Headers({
    "Accept: application/json",
  })
  ApiResponse<SessionInfo> stopSessionByGetWithHttpInfo();


}
