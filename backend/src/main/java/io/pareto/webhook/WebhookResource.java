package io.pareto.webhook;

import io.pareto.common.ETags;
import io.pareto.common.Page;
import io.pareto.common.PageRequest;
import io.pareto.common.Responses;
import io.pareto.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Event deliveries to integrations (see api-guide.md)")
@RolesAllowed(Role.Names.ADMIN)
public class WebhookResource {
  private final WebhookService webhooks;

  public WebhookResource(WebhookService webhooks) {
    this.webhooks = webhooks;
  }

  @GET
  @Operation(summary = "List webhook endpoints")
  public List<WebhookEndpointDto> listWebhooks() {
    return webhooks.list();
  }

  @POST
  @Operation(
      summary = "Register a webhook endpoint",
      description = "The answer carries the signing secret; it is never shown again.")
  public RestResponse<WebhookEndpointCreated> createWebhook(@NotNull @Valid WebhookInput input) {
    WebhookEndpointCreated c = webhooks.create(input);
    return Responses.created("/api/v1/webhooks/" + c.endpoint().id(), c, c.endpoint().version());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "Get a webhook endpoint")
  public RestResponse<WebhookEndpointDto> getWebhook(@PathParam("id") long id) {
    WebhookEndpointDto e = webhooks.get(id);
    return Responses.ok(e, e.version());
  }

  @PUT
  @Path("/{id}")
  @Operation(
      summary = "Replace a webhook endpoint",
      description = "Requires If-Match; enabled=false pauses deliveries, true resumes them.")
  public RestResponse<WebhookEndpointDto> replaceWebhook(
      @PathParam("id") long id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull @Valid WebhookInput input) {
    WebhookEndpointDto e = webhooks.replace(id, ETags.requireVersion(ifMatch), input);
    return Responses.ok(e, e.version());
  }

  @DELETE
  @Path("/{id}")
  @ResponseStatus(204)
  @Operation(
      summary = "Delete a webhook endpoint and its delivery log",
      description = "Requires If-Match.")
  public void deleteWebhook(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    webhooks.delete(id, ETags.requireVersion(ifMatch));
  }

  @GET
  @Path("/{id}/deliveries")
  @Operation(summary = "The endpoint's delivery log, newest first")
  public Page<WebhookDeliveryDto> listWebhookDeliveries(
      @PathParam("id") long id, @Valid @BeanParam PageRequest page) {
    return webhooks.deliveries(id, page);
  }

  @POST
  @Path("/{id}/test")
  @ResponseStatus(202)
  @Operation(
      summary = "Send a test event to the endpoint",
      description =
          "Queues one signed webhook.test delivery ({\"endpointId\": id} as data) to this endpoint,"
              + " whatever it subscribes to; it shows in the delivery log like any other.")
  public WebhookDeliveryDto sendWebhookTest(@PathParam("id") long id) {
    return webhooks.sendTest(id);
  }

  @POST
  @Path("/{id}/deliveries/{deliveryId}/replay")
  @Operation(
      summary = "Send a delivery again",
      description = "Same delivery id, attempts reset and a fresh retry window.")
  public WebhookDeliveryDto replayWebhookDelivery(
      @PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
    return webhooks.replay(id, deliveryId);
  }
}
