package io.wawpkit.session.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import io.wawpkit.session.common.Secrets;
import java.io.IOException;
import java.lang.reflect.Method;

/**
 * Masks secrets in the members a model keeps without naming them (its additionalProperties map,
 * e.g. v1's free-form {@code config.metadata}) as they are read: the generated toString() prints
 * that map whole, and only the members the spec names as passwords are masked by the generator.
 */
final class SecretMaskingAnySetters extends BeanDeserializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public JsonDeserializer<?> modifyDeserializer(
      DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
    if (description.findAnySetterAccessor() == null) {
      return deserializer;
    }
    AnnotatedMethod getter = description.findMethod("getAdditionalProperties", new Class<?>[0]);
    return getter == null ? deserializer : new Masking(deserializer, getter.getAnnotated());
  }

  private static final class Masking extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;
    private final transient Method additionalProperties;

    Masking(JsonDeserializer<?> delegate, Method additionalProperties) {
      super(delegate);
      this.additionalProperties = additionalProperties;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Masking(delegate, additionalProperties);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Object bean = super.deserialize(p, ctxt);
      if (bean != null) {
        try {
          Secrets.maskMaps(additionalProperties.invoke(bean));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + additionalProperties, e);
        }
      }
      return bean;
    }
  }
}
