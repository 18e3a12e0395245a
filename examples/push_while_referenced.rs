// Mutating while a reference is live (E0502): `newest` points into the Vec, and the
// push may reallocate it, leaving `newest` pointing at freed memory.
fn main() {
    let mut events = vec![String::from("start")];
    let newest = &events[events.len() - 1];
    events.push(String::from("tick"));
    println!("newest event: {}", newest);
}
