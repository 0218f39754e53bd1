package dailypy.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeBlocksBasicsTest {

  @Test
  void joins_every_python_block_in_order() {
    String message = "Here:\n```python\ndef a():\n    return 1\n```\nand\n```py\nb = 2\n```";

    assertThat(CodeBlocks.extract(message)).contains("def a():\n    return 1\n\nb = 2\n");
  }

  @Test
  void accepts_an_untagged_fence_and_ignores_inline_code() {
    assertThat(CodeBlocks.extract("use `x` here\n```\nx = 1\n```")).contains("x = 1\n");
  }

  @Test
  void no_block_means_no_code() {
    assertThat(CodeBlocks.extract("def f(): return 1")).isEmpty();
    assertThat(CodeBlocks.extract("```python\n\n```")).isEmpty();
  }

  @Test
  void a_modal_without_fences_is_all_code() {
    assertThat(CodeBlocks.codeOrWhole("def f():\n    return 1")).isEqualTo("def f():\n    return 1");
  }

  @Test
  void spots_a_block_in_another_language() {
    assertThat(CodeBlocks.hasOtherLanguageBlock("```java\nclass A {}\n```")).isTrue();
    assertThat(CodeBlocks.hasOtherLanguageBlock("```python\nx = 1\n```")).isFalse();
  }
}
