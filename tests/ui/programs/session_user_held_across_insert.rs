// a session map where a looked-up session is still used after inserting a new session
use std::collections::HashMap;

struct Session {
    user: String,
    admin: bool,
}

fn main() {
    let mut sessions: HashMap<u32, Session> = HashMap::new();
    sessions.insert(1, Session { user: String::from("root"), admin: true });
    sessions.insert(2, Session { user: String::from("guest"), admin: false });

    let current = sessions.get(&1).unwrap();
    if current.admin {
        sessions.insert(3, Session { user: String::from("audit"), admin: false });
    }
    println!("acting as {}", current.user);

    let mut users: Vec<&String> = sessions.values().map(|s| &s.user).collect();
    users.sort();
    println!("{:?}", users);
}
