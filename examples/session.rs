// The seed example: `handle_session` borrows the session; `main` keeps ownership and the
// session (and its String) is dropped when `main` ends.
struct Session {
    id: u32,
    data: String,
}

fn handle_session(session: &Session) {
    // Process the session data
    println!("Handling session {}: {}", session.id, session.data);
}

fn main() {
    let session = Session {
        id: 1,
        data: String::from("User session data"),
    };

    handle_session(&session); // Borrow session data safely

    // Session data is automatically cleaned up when it goes out of scope
}
