package io.wawpkit.session.client;

import feign.FeignException;
import feign.RetryableException;
import io.wawpkit.session.client.errors.MalformedResponseException;
import io.wawpkit.session.client.errors.TransportException;
import io.wawpkit.session.client.errors.WawpException;
import io.wawpkit.session.client.internal.SafeRetries;
import io.wawpkit.session.client.internal.WawpErrorDecoder;
import io.wawpkit.session.common.ConnectionProblems;
import io.wawpkit.session.common.Redactor;
import io.wawpkit.session.generated.ApiOperation;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;

/**
 * Wraps a generated Feign interface so that every call, whichever of its methods, gets the same
 * treatment: retries only where the spec marks the operation safe to repeat, and failures as the
 * client's typed exceptions, with no URL (and so no query token) in any message.
 */
final class GuardedApis {
  private final SafeRetries retries;
  private final Redactor redactor;
  private final String host;
  private final Runnable ensureOpen;

  GuardedApis(SafeRetries retries, Redactor redactor, URI baseUrl, Runnable ensureOpen) {
    this.retries = retries;
    this.ensureOpen = ensureOpen;
    this.redactor = redactor;
    this.host = baseUrl.getHost() + (baseUrl.getPort() > 0 ? ":" + baseUrl.getPort() : "");
  }

  /** The interface with every method guarded. */
  <T> T guard(Class<T> api, T target) {
    InvocationHandler handler = (proxy, method, args) -> invoke(target, method, args);
    return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api}, handler));
  }

  private Object invoke(Object target, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return method.getName().equals("toString") ? "Guarded" + target : method.invoke(target, args);
    }
    ensureOpen.run(); // an interface obtained before close() must not outlive the client
    String operationId = WawpErrorDecoder.operationId(method.getName());
    ApiOperation operation = ApiOperation.byOperationId(operationId).orElse(null);
    return retries.run(operation, () -> callOnce(target, method, args, operationId));
  }

  private Object callOnce(Object target, Method method, Object[] args, String operationId) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw translate(operationId, e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }

  private RuntimeException translate(String operationId, Throwable failure) {
    if (failure instanceof WawpException wawp) {
      return wawp;
    }
    if (failure instanceof RetryableException retryable && retryable.getCause() instanceof IOException io) {
      return new TransportException(operationId, operationId + ": " + redactor.redact(describe(io)) + " (" + host + ")", io);
    }
    if (failure instanceof FeignException feign) {
      // A success status with a body that does not read. Feign's own message quotes the URL (and
      // so the query token): keep it, and the exception, out of ours.
      String why = feign.getCause() != null ? feign.getCause().getClass().getSimpleName() : "unreadable body";
      return new MalformedResponseException(operationId,
          operationId + ": HTTP " + feign.status() + " with a body the contract does not describe (" + why + ")");
    }
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    return new IllegalStateException(failure);
  }

  /** The toolkit's words for a connection problem, else the failure's type and message (redacted by the caller). */
  private static String describe(IOException io) {
    return ConnectionProblems.named(io).orElseGet(() ->
        io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + io.getMessage()));
  }
}
