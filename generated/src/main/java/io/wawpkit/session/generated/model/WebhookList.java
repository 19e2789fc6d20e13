package io.wawpkit.session.generated.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A list of webhook configs (schema {@code WebhookConfigList}): a JSON array, or the empty object
 * {@code {}} that a PHP backend prints for an empty list (read as the empty list). Generated from
 * a template in generated/generator/templates; do not edit.
 */
@JsonDeserialize(using = WebhookList.Reader.class)
public class WebhookList extends ArrayList<WebhookConfig> {
  private static final long serialVersionUID = 1L;

  public WebhookList() {
  }

  public WebhookList(Collection<? extends WebhookConfig> webhooks) {
    super(webhooks);
  }

  /** Reads an array of webhook configs, or {@code {}} as the empty list. */
  static final class Reader extends StdDeserializer<WebhookList> {
    private static final long serialVersionUID = 1L;

    Reader() {
      super(WebhookList.class);
    }

    @Override
    public WebhookList deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.START_OBJECT) {
        if (p.nextToken() == JsonToken.END_OBJECT) {
          return new WebhookList();
        }
        return (WebhookList) ctxt.handleUnexpectedToken(WebhookList.class, p);
      }
      JavaType type = ctxt.getTypeFactory().constructCollectionType(List.class, WebhookConfig.class);
      List<WebhookConfig> items = ctxt.readValue(p, type);
      return new WebhookList(items);
    }
  }
}
