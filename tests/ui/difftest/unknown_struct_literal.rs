// difftest seed 6000023 (minimized; the generator forgot a struct): a struct literal naming an undefined struct
fn main() {
    let scores = vec![3, 9, 4];
    let view = View { items: &scores };
    println!("{}", scores.len());
}
