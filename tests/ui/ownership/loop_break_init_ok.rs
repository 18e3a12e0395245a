// ownership: a binding initialized in a loop right before break is initialized after it
fn main() {
    let mut i = 0;
    let answer: String;
    loop {
        i += 1;
        if i == 4 {
            answer = format!("found {}", i);
            break;
        }
    }
    println!("{}", answer);
}
