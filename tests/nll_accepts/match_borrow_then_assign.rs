// nll_accepts: a reference bound in a match arm is dead when the scrutinee is reassigned
fn main() {
    let mut state = Some(3);
    match &state {
        Some(n) => println!("had {}", n),
        None => println!("empty"),
    }
    state = None;
    println!("{:?}", state);
}
