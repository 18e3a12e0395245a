// a variable initialized only inside a loop body that may run zero times
fn main() {
    let mut last: usize;
    for i in 0..std::env::args().count() {
        last = i;
    }
    println!("{}", last);
}
