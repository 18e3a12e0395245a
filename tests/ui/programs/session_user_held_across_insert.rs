// a session map where a looked-up admin session is still used after inserting an audit session
use std::collections::HashMap;

struct Session {
    user: String,
    admin: bool,
    requests: u32,
}

fn new_session(user: &str, admin: bool) -> Session {
    Session { user: user.to_string(), admin, requests: 0 }
}

fn main() {
    let mut sessions: HashMap<u32, Session> = HashMap::new();
    sessions.insert(1, new_session("root", true));
    sessions.insert(2, new_session("guest", false));
    if let Some(s) = sessions.get_mut(&2) {
        s.requests += 4;
    }

    let current = sessions.get(&1).unwrap();
    if current.admin {
        sessions.insert(3, new_session("audit", false));
    }
    println!("acting as {}", current.user);

    let mut users: Vec<(&String, u32)> = sessions.values().map(|s| (&s.user, s.requests)).collect();
    users.sort();
    println!("{:?}", users);
}
