// lifetimes: a reference to a dead local read after its scope
fn main() {
    let x;
    {
        let y = 5;
        x = &y;
    }
    let _ = 1;
    let z = 0;
    println!("{}", z);
    let _unused = x;
}
