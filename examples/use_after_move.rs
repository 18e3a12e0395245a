// Use after move (E0382): `archive` takes ownership of the session, so `main` may no
// longer use it. Without this rule the String would be freed twice.
struct Session {
    id: u32,
    data: String,
}

fn archive(session: Session) {
    println!("archived session {} ({} bytes)", session.id, session.data.len());
}

fn main() {
    let session = Session { id: 7, data: String::from("cart: 3 items") };
    archive(session);
    println!("still using session {}", session.id);
}
