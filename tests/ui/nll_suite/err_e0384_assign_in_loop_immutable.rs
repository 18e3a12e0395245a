// deferred init inside a loop assigns more than once
fn main() {
    let x: u32;
    for i in 0..2 {
        x = i;
        println!("{}", x);
    }
}
