// libedit for Swift. el_set, el_get and history() are C variadic functions,
// which Swift cannot call, so each use gets a small inline wrapper here; so do
// the stdio streams (Swift 6 rejects the C globals) and the SIGINT handler,
// which must be async-signal-safe C.
#ifndef ASYNCREPL_CEDITLINE_SHIM_H
#define ASYNCREPL_CEDITLINE_SHIM_H

#include <errno.h>
#include <locale.h>
#include <malloc.h>  // mallopt, which Swift's Glibc module leaves out (AllocatorTuning)
#include <signal.h>
#include <spawn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <histedit.h>

// The terminal columns of a character, as libedit measures them; wcwidth is
// hidden from Swift's Glibc module (it needs _XOPEN_SOURCE).
int wcwidth(wchar_t c);

// Closes every descriptor from `from` up in a child posix_spawn starts; also
// hidden from Swift's Glibc module (it needs _GNU_SOURCE).
int posix_spawn_file_actions_addclosefrom_np(posix_spawn_file_actions_t *actions, int from);
static inline int cel_wcwidth(wchar_t c) { return wcwidth(c); }

static inline FILE *cel_stdin(void) { return stdin; }
static inline FILE *cel_stdout(void) { return stdout; }
static inline FILE *cel_stderr(void) { return stderr; }

typedef char *(*cel_prompt_fn)(EditLine *);
typedef unsigned char (*cel_command_fn)(EditLine *, int);
typedef int (*cel_getc_fn)(EditLine *, wchar_t *);

static inline int cel_set_prompt(EditLine *el, cel_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
static inline int cel_set_emacs(EditLine *el) { return el_set(el, EL_EDITOR, "emacs"); }
static inline int cel_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
/* Between lines (while an entry runs) the terminal does not echo: keys typed
   ahead show up once, on the next prompt, instead of in the entry's output. */
static inline int cel_no_echo_between_lines(EditLine *el) {
    return el_set(el, EL_SETTY, "-x", "-echo", "-echonl", NULL);
}
/* Puts back the terminal saved by cel_restore_terminal_on_fatal_signals. */
static inline void cel_restore_terminal(void);
static inline int cel_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int cel_set_getc(EditLine *el, cel_getc_fn fn) { return el_set(el, EL_GETCFN, fn); }
static inline int cel_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *cel_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int cel_add_command(EditLine *el, const char *name, const char *help, cel_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int cel_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}
static inline int cel_refresh(EditLine *el) { return el_set(el, EL_REFRESH); }

static inline History *cel_history_open(int size) {
    HistEvent event;
    History *h = history_init();
    if (h) {
        history(h, &event, H_SETSIZE, size);
        history(h, &event, H_SETUNIQUE, 1);
    }
    return h;
}
static inline int cel_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}
static inline int cel_history_load(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_LOAD, path);
}
static inline int cel_history_save(History *h, const char *path) {
    HistEvent event;
    return history(h, &event, H_SAVE, path);
}

// SIGINT writes one byte to a pipe; a thread of the REPL reads it and decides
// what Ctrl-C means now (clear the line, or cancel the running entry).
static int cel_sigint_fd = -1;
static void cel_on_sigint(int signal_number) {
    (void)signal_number;
    int saved = errno;
    if (cel_sigint_fd >= 0) {
        char byte = 'i';
        ssize_t written = write(cel_sigint_fd, &byte, 1);
        (void)written;
    }
    errno = saved;
}
static struct sigaction cel_sigint_previous = { 0 };
static inline int cel_install_sigint(int fd) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = cel_on_sigint;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    cel_sigint_fd = fd;
    if (sigaction(SIGINT, &action, &cel_sigint_previous) != 0) return -1;
    if (cel_sigint_previous.sa_handler == SIG_IGN) {
        /* Started with SIGINT ignored (a background job, nohup): keep it that way. */
        sigaction(SIGINT, &cel_sigint_previous, NULL);
        return 1;
    }
    /* A mask inherited from the parent may block SIGINT; Ctrl-C must get through. */
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &interrupt, NULL);
    return 0;
}
/* The terminal as the REPL found it, put back if a signal ends the process
   (SIGTERM, SIGHUP, SIGQUIT) while the line editor or an entry has changed it. */
static struct termios cel_saved_terminal = { 0 };
static int cel_terminal_saved = 0;
static void cel_on_fatal_signal(int signal_number) {
    if (cel_terminal_saved) tcsetattr(0, TCSANOW, &cel_saved_terminal);
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}
static inline void cel_restore_terminal_on_fatal_signals(void) {
    if (tcgetattr(0, &cel_saved_terminal) != 0) return;
    cel_terminal_saved = 1;
    int fatal[] = { SIGTERM, SIGHUP, SIGQUIT };
    for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) {
        struct sigaction action, previous;
        memset(&action, 0, sizeof action);
        action.sa_handler = cel_on_fatal_signal;
        sigemptyset(&action.sa_mask);
        if (sigaction(fatal[i], &action, &previous) == 0 && previous.sa_handler == SIG_IGN) {
            sigaction(fatal[i], &previous, NULL);  /* ignored when we started: stays ignored */
        }
    }
}

static inline void cel_restore_terminal(void) {
    if (cel_terminal_saved) tcsetattr(0, TCSANOW, &cel_saved_terminal);
}

/* Puts back what SIGINT did before cel_install_sigint; the pipe is no longer written. */
static inline void cel_uninstall_sigint(void) {
    sigaction(SIGINT, &cel_sigint_previous, NULL);
    cel_sigint_fd = -1;
}

#endif
