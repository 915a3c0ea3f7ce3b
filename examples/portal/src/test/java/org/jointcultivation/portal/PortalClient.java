package org.jointcultivation.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One person's browser, as far as the API sees it: their cookies and their requests. */
final class PortalClient {
  /** A response: its status and body. */
  record Response(int status, String body) {
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  private final String base;
  private final HttpClient http;

  PortalClient(Portal portal) {
    this.base = "http://localhost:" + portal.port();
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  /** Signs in, failing the test unless it works. */
  static PortalClient signedIn(Portal portal, String username) {
    PortalClient client = new PortalClient(portal);
    Response response = client.post("/api/sign-in", "{\"username\":\"" + username + "\",\"password\":\"demo\"}");
    if (response.status() != 200) {
      throw new AssertionError("sign-in of " + username + ": " + response);
    }
    return client;
  }

  Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  Response post(String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new AssertionError(request + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(request + " interrupted", e);
    }
  }
}
