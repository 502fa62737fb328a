/** The baseline of bench/taskpane-size.js: a plain React 18 + Fluent UI v9 "hello" page. */
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, Text, webLightTheme } from "@fluentui/react-components";

const root = document.getElementById("container");
if (root) {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <Text as="h1">Xin chào</Text>
      <Button appearance="primary">OK</Button>
    </FluentProvider>
  );
}
