// An FnMut closure may not hand out a mutable reference to its captured state.
fn main() {
    let mut log = Vec::new();
    let mut push = |x: i32| {
        log.push(x);
        &mut log
    };
    push(1);
    println!("{:?}", log);
}
