package org.jointcultivation.portal;

/**
 * A request the API refuses, with its status: 400 malformed, 401 not signed in, 403 not allowed (the
 * same words whether or not the thing exists).
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String reason;

  ApiException(int status, String reason) {
    super(reason);
    this.status = status;
    this.reason = reason;
  }

  /** What the response says. */
  String reason() {
    return reason;
  }

  int status() {
    return status;
  }

  static ApiException notSignedIn() {
    return new ApiException(401, "sign in first");
  }

  /** One answer for "not allowed" and "no such thing", so a refusal reveals nothing. */
  static ApiException notAllowed() {
    return new ApiException(403, "not allowed, or no such thing");
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }
}
