/**
 * The computer Nianbao runs on, as far as files go: where the user's settings, recovery copies and logs
 * are kept and where installed fonts are ({@link org.nianbao.platform.UserFolders}). Depends on nothing
 * else of ours.
 */
package org.nianbao.platform;
