fn main() {
    let base: i32 = 3;
    for e in 18..25u32 {
        println!("{}", base.pow(e));
    }
}
