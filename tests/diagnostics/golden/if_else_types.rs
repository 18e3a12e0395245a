fn main() {
    let ready = true;
    let shown = if ready {
        let a = 1;
        a + 1
    } else {
        "no"
    };
    println!("{}", shown);
}
