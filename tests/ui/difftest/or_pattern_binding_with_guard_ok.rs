// difftest (from programs/stack_machine.rs): an or-pattern that binds the same name in both alternatives, with a guard
enum Op {
    Jump(usize),
    Skip(usize),
}

fn main() {
    let ops = [Op::Jump(3), Op::Skip(9)];
    for op in &ops {
        match op {
            Op::Jump(t) | Op::Skip(t) if *t > 5 => println!("far {}", t),
            _ => println!("near"),
        }
    }
}
