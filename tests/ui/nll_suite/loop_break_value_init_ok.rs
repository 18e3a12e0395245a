// `loop` with `break value` initializes on every exit
fn main() {
    let v = [3, 5, 7];
    let mut i = 0;
    let found = loop {
        if v[i] == 5 { break i; }
        i += 1;
    };
    println!("{}", found);
}
