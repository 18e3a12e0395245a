// matching on a value while a mutable borrow of it is still alive
fn main() {
    let mut state = 1;
    let r = &mut state;
    let name = match state {
        1 => "one",
        _ => "many",
    };
    *r = 2;
    println!("{} {}", name, state);
}
