package dailypy.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeBlocksTest {

  @Test
  void joinsPythonAndUntaggedBlocksInOrderAndIgnoresInlineCode() {
    String message = "Here is `sum` free code:\n```python\ndef f(x):\n    return x\n```\n"
        + "and a helper\n```\nY = 2\n```\nthanks `inline`";
    assertThat(CodeBlocks.extract(message)).hasValue("def f(x):\n    return x\n\nY = 2\n");
  }

  @Test
  void acceptsPyAndPython3TagsInAnyCaseAndCrlf() {
    assertThat(CodeBlocks.extract("```PY\r\nx = 1\r\n```")).hasValue("x = 1\n");
    assertThat(CodeBlocks.extract("```python3\nx = 1\n```")).hasValue("x = 1\n");
  }

  @Test
  void skipsOtherLanguagesWithoutMisreadingTheirClosingFence() {
    String message = "```js\nlet x = 1;\n```\nprose\n```py\nx = 1\n```";
    assertThat(CodeBlocks.extract(message)).hasValue("x = 1\n");
    assertThat(CodeBlocks.hasOtherLanguageBlock(message)).isTrue();
    assertThat(CodeBlocks.extract("```text\n[1, 2]\n```")).isEmpty();
  }

  @Test
  void noFenceMeansNoCode() {
    assertThat(CodeBlocks.extract("def f(): return 1")).isEmpty();
    assertThat(CodeBlocks.extract("I think `x.sort()` is O(n log n)")).isEmpty();
    assertThat(CodeBlocks.extract("```python\n\n```")).isEmpty();
    assertThat(CodeBlocks.extract(null)).isEmpty();
  }

  @Test
  void oneLineAndUnclosedBlocksAreCode() {
    assertThat(CodeBlocks.extract("```print(1)```")).hasValue("print(1)\n");
    assertThat(CodeBlocks.extract("```python\ndef f():\n    return 2")).hasValue(
        "def f():\n    return 2\n");
  }

  @Test
  void aFileWithoutFencesIsCodeAsItIs() {
    assertThat(CodeBlocks.codeOrWhole("def f():\n    return 1\n"))
        .isEqualTo("def f():\n    return 1\n");
    assertThat(CodeBlocks.codeOrWhole("notes\n```py\nx = 1\n```")).isEqualTo("x = 1\n");
  }

  @Test
  void firstBlockOfAnyLanguageHoldsAPrediction() {
    assertThat(CodeBlocks.firstBlock("it prints\n```text\n[1, 2]\n```")).hasValue("[1, 2]\n");
    assertThat(CodeBlocks.firstBlock("[1, 2]")).isEmpty();
  }

  @Test
  void joinsEveryPythonBlockInOrder() {
    String message = "Here:\n```python\ndef a():\n    return 1\n```\nand\n```py\nb = 2\n```";

    assertThat(CodeBlocks.extract(message)).contains("def a():\n    return 1\n\nb = 2\n");
  }

  @Test
  void acceptsAnUntaggedFenceAndIgnoresInlineCode() {
    assertThat(CodeBlocks.extract("use `x` here\n```\nx = 1\n```")).contains("x = 1\n");
  }

  @Test
  void noBlockMeansNoCode() {
    assertThat(CodeBlocks.extract("def f(): return 1")).isEmpty();
    assertThat(CodeBlocks.extract("```python\n\n```")).isEmpty();
  }

  @Test
  void aModalWithoutFencesIsAllCode() {
    assertThat(CodeBlocks.codeOrWhole("def f():\n    return 1")).isEqualTo("def f():\n    return 1");
  }

  @Test
  void spotsABlockInAnotherLanguage() {
    assertThat(CodeBlocks.hasOtherLanguageBlock("```java\nclass A {}\n```")).isTrue();
    assertThat(CodeBlocks.hasOtherLanguageBlock("```python\nx = 1\n```")).isFalse();
  }
}
