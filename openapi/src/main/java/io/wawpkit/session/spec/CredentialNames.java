package io.wawpkit.session.spec;

/**
 * The names the credentials travel under, as the spec's security schemes declare them
 * ({@link WawpSpec#credentials()}): a request carries one of the two complete forms, the query form
 * ({@code access_token} + {@code instance_id}) or the header form ({@code Authorization: Bearer}
 * + {@code X-Instance-ID}).
 *
 * @param tokenParameter the query parameter of the token ({@value #TOKEN_QUERY})
 * @param instanceParameter the query parameter of the instance id ({@value #INSTANCE_QUERY})
 * @param authorizationHeader the header of the token in the header form: HTTP's
 *     {@code Authorization}, as the {@code http} scheme {@value #BEARER} says
 * @param authorizationScheme the authentication scheme of that header's value ({@code Bearer})
 * @param instanceHeader the header of the instance id ({@value #INSTANCE_HEADER})
 */
public record CredentialNames(String tokenParameter, String instanceParameter, String authorizationHeader,
    String authorizationScheme, String instanceHeader) {
  /** The security scheme of the token as a query parameter. */
  public static final String TOKEN_QUERY = "accessTokenQuery";
  /** The security scheme of the instance id as a query parameter. */
  public static final String INSTANCE_QUERY = "instanceIdQuery";
  /** The security scheme of the token as a bearer token. */
  public static final String BEARER = "bearerToken";
  /** The security scheme of the instance id as a header. */
  public static final String INSTANCE_HEADER = "instanceIdHeader";

  /** The value of {@link #authorizationHeader()} that carries a token, such as {@code Bearer <token>}. */
  public String authorization(String token) {
    return authorizationScheme + " " + token;
  }

  /**
   * The token an {@link #authorizationHeader()} value carries in this scheme (the scheme's name is
   * case-insensitive, as HTTP says), or null when it carries none.
   */
  public String token(String authorizationValue) {
    String prefix = authorizationScheme + " ";
    if (authorizationValue == null || authorizationValue.length() <= prefix.length()
        || !authorizationValue.regionMatches(true, 0, prefix, 0, prefix.length())) {
      return null;
    }
    String token = authorizationValue.substring(prefix.length()).trim();
    return token.isEmpty() ? null : token;
  }
}
