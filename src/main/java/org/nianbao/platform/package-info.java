/**
 * The computer Nianbao runs on, as far as files go: where the user's settings, recovery copies and logs
 * are kept, where installed fonts are ({@link org.nianbao.platform.UserFolders}), and the JavaFX native
 * libraries the one jar carries for each system ({@link org.nianbao.platform.JavaFxNatives}). Depends on
 * nothing else of ours.
 */
package org.nianbao.platform;
