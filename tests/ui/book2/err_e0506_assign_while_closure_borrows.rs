// closures: assigning to a variable that a live closure borrows
fn main() {
    let mut level = 1;
    let show = || println!("level {}", level);
    level = 2;
    show();
}
