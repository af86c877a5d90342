package org.pattoo.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void aCursorCarriesItsSortValuesBack() throws QueryException {
    String cursor = PageRequest.cursor(List.of("pattoo_agent_linux_cpu", "42"));

    PageRequest page = PageRequest.of(10, cursor, true, 2);

    assertThat(page.after()).contains(List.of("pattoo_agent_linux_cpu", "42"));
    assertThat(page.descending()).isTrue();
    assertThat(cursor).doesNotContain("=", "+", "/");
  }

  @Test
  void emptyValuesSurvive() throws QueryException {
    assertThat(PageRequest.of(1, PageRequest.cursor(List.of("", "7")), false, 2).after())
        .contains(List.of("", "7"));
  }

  @Test
  void aCursorOfAnotherListIsRefused() {
    String ofIds = PageRequest.cursor(List.of("42"));

    assertThatThrownBy(() -> PageRequest.of(10, ofIds, false, 2))
        .isInstanceOf(QueryException.class)
        .hasMessage("after: \"" + ofIds + "\" is not a cursor of this list");
    assertThatThrownBy(() -> PageRequest.of(10, "%%%", false, 1))
        .hasMessage("after: \"%%%\" is not a cursor of this list");
  }

  @Test
  void pageSizeIsBounded() {
    assertThatThrownBy(() -> PageRequest.of(0, null, false, 1))
        .hasMessage("first: expecting 1-1000, found 0");
    assertThatThrownBy(() -> PageRequest.of(1001, null, false, 1))
        .hasMessage("first: expecting 1-1000, found 1001");
  }
}
