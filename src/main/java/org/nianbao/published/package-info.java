/**
 * Reading a report as it was published — a page saved from the school's 信息公开网, a Word file, a
 * PDF or plain text — into the kind's outline: last year's report as the start of this year's
 * ({@code new --from}), and anyone's report for the reviewer ({@code review}). Below
 * {@code workspace}: it returns sections with their text and what it dropped, and never writes a project.
 */
package org.nianbao.published;
