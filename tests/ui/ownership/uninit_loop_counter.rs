// ownership: a variable assigned only inside a loop body is read after the loop
fn main() {
    let last: i32;
    for n in 1..4 {
        last = n;
    }
    println!("{}", last);
}
