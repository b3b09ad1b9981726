@echo off
rem 年报 Nianbao：双击启动（用 javaw，不留命令行窗口）。需要 Java 17 或更高版本，见“说明.txt”。
rem Starts the app with javaw (no console window stays open). Needs Java 17 or later.
setlocal
set "JAVAW=javaw"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\javaw.exe" set "JAVAW=%JAVA_HOME%\bin\javaw.exe"
where "%JAVAW%" >nul 2>nul || if not exist "%JAVAW%" goto nojava
start "" "%JAVAW%" -jar "%~dp0nianbao.jar" %*
exit /b 0

:nojava
echo 没有找到 Java（javaw.exe）。年报需要 Java 17 或更高版本，请先安装，详见本文件夹中的“说明.txt”。
echo Java (javaw.exe) was not found. Nianbao needs Java 17 or later; see 说明.txt in this folder.
pause
exit /b 1
