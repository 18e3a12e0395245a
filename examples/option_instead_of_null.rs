// No null: a lookup that may find nothing returns Option, and the caller must handle
// `None` before it can reach the value.
struct Session {
    id: u32,
    user: String,
}

fn find(sessions: &[Session], id: u32) -> Option<&Session> {
    sessions.iter().find(|s| s.id == id)
}

fn main() {
    let sessions = vec![
        Session { id: 1, user: String::from("ana") },
        Session { id: 2, user: String::from("bo") },
    ];
    for id in [2, 9] {
        match find(&sessions, id) {
            Some(s) => println!("session {} belongs to {}", id, s.user),
            None => println!("session {} not found", id),
        }
    }
}
