/**
 * Text from outside (a mail, a social message, a sender's name) as it may be stored: line
 * breaks as "\n", and no control characters other than tab and newline. They never belong in
 * what agents read, and PostgreSQL refuses NUL in text outright, which would fail the whole
 * message.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point of it
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

export const cleanText = (text: string) => text.replace(/\r\n?/g, "\n").replace(CONTROL, "");
