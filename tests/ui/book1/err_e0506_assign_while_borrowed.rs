// borrowing: assigning to a variable while a reference to it is still used
fn main() {
    let mut level = 3;
    let shown = &level;
    level = 4;
    println!("level was {shown}, now {level}");
}
