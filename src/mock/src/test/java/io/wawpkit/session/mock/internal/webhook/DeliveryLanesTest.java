package io.wawpkit.session.mock.internal.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeliveryLanesTest {
  @Test
  void aLaneSendsOneItemAtATimeInOrderAndIsDroppedWhenEmpty() {
    DeliveryLanes<String> lanes = new DeliveryLanes<>();
    assertThat(lanes.offer("s1 url", "a")).isEqualTo(DeliveryLanes.Offer.START_NOW);
    assertThat(lanes.offer("s1 url", "b")).isEqualTo(DeliveryLanes.Offer.QUEUED);
    assertThat(lanes.offer("s1 url", "c")).isEqualTo(DeliveryLanes.Offer.QUEUED);
    assertThat(lanes.offer("s2 url", "x")).as("another session's lane is independent").isEqualTo(DeliveryLanes.Offer.START_NOW);
    assertThat(lanes.done("s1 url")).isEqualTo("b");
    assertThat(lanes.done("s1 url")).isEqualTo("c");
    assertThat(lanes.done("s1 url")).isNull();
    assertThat(lanes.active()).isEqualTo(1);
    assertThat(lanes.offer("s1 url", "d")).as("an emptied lane starts again").isEqualTo(DeliveryLanes.Offer.START_NOW);
  }

  @Test
  void aFullLaneDropsNewItemsInsteadOfGrowingWithoutEnd() {
    DeliveryLanes<Integer> lanes = new DeliveryLanes<>();
    lanes.offer("k", -1);
    for (int i = 0; i < DeliveryLanes.MAX_WAITING; i++) {
      assertThat(lanes.offer("k", i)).isEqualTo(DeliveryLanes.Offer.QUEUED);
    }
    assertThat(lanes.offer("k", 99_999)).isEqualTo(DeliveryLanes.Offer.DROPPED);
  }
}
