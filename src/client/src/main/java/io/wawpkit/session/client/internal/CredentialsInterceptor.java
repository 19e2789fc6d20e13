package io.wawpkit.session.client.internal;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.wawpkit.session.client.auth.CredentialForm;

/**
 * Adds the credentials to every request of one target, in one form, exactly once (the generated
 * auth interceptors would add both forms, and a query key even when it is null). The names are the
 * spec's security schemes'; the client does not read the spec at run time, so a test
 * (NamesAreTheSpecsTest) holds them to it.
 */
public final class CredentialsInterceptor implements RequestInterceptor {
  private final String accessToken;
  private final String instanceId;
  private final CredentialForm form;

  /**
   * @param accessToken the account's token
   * @param instanceId the session's id, or null for create
   * @param form query parameters or headers
   */
  public CredentialsInterceptor(String accessToken, String instanceId, CredentialForm form) {
    this.accessToken = accessToken;
    this.instanceId = instanceId;
    this.form = form;
  }

  @Override
  public void apply(RequestTemplate template) {
    if (form == CredentialForm.HEADERS) {
      template.header("Authorization", "Bearer " + accessToken);
      if (instanceId != null) {
        template.header("X-Instance-ID", instanceId);
      }
    } else {
      template.query("access_token", accessToken);
      if (instanceId != null) {
        template.query("instance_id", instanceId);
      }
    }
  }

  @Override
  public String toString() {
    return "CredentialsInterceptor{form=" + form + ", instanceId=" + instanceId + "}";
  }
}
