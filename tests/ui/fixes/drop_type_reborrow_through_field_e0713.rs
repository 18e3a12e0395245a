// Reborrowing `*guard.log` past the guard's scope: the guard's Drop still uses `log`.
struct Guard<'a> {
    log: &'a mut Vec<String>,
}

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        self.log.push("done".to_string());
    }
}

fn main() {
    let mut log = Vec::new();
    let r;
    {
        let g = Guard { log: &mut log };
        r = &mut *g.log;
    }
    r.push("late".to_string());
    println!("{:?}", log);
}
