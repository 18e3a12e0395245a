// a variable initialized right before every `break` of a `loop` is initialized after it
fn main() {
    let x: usize;
    let mut i = 0;
    loop {
        i += 1;
        if i * i > 20 {
            x = i;
            break;
        }
    }
    println!("{}", x);
}
