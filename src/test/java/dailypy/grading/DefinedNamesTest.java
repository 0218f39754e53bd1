package dailypy.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DefinedNamesTest {

  @Test
  void topLevelFunctionsAndClassesAreFoundButNotNestedOnes() {
    String code = "import math\n\nclass Stack:\n    def push(self, x):\n        pass\n\n"
        + "def helper(x):\n    def inner():\n        pass\n\nasync def fetch(url):\n    pass\n";
    assertThat(DefinedNames.of(code)).containsExactly("Stack", "helper", "fetch");
  }

  @Test
  void anAnswerMustDefineEverythingTheStarterDefines() {
    String starter = "class LRUCache:\n    pass\n\ndef make_cache(n):\n    pass\n";
    assertThat(DefinedNames.answers("class LRUCache:\n    ...\ndef make_cache(n):\n    return 1\n", starter)).isTrue();
    assertThat(DefinedNames.answers("class LRUCache:\n    ...\n", starter)).isFalse();
    assertThat(DefinedNames.answers("print('hi')\n", "")).isFalse();
    assertThat(DefinedNames.of(null)).isEmpty();
  }
}
