// rejected E0277: using ? on a Result inside a function that returns ()
use std::collections::HashMap;

#[derive(Debug)]
struct Env {
    vars: HashMap<String, i64>,
}

fn parse_assignment(line: &str) -> Result<(String, i64), String> {
    let (name, value) = line.split_once('=').ok_or(format!("no '=' in {}", line))?;
    let value = value.trim().parse::<i64>().map_err(|e| e.to_string())?;
    Ok((name.trim().to_string(), value))
}

fn load_into(env: &mut Env, src: &str) {
    for line in src.lines().filter(|l| !l.is_empty()) {
        let (k, v) = parse_assignment(line)?;
        env.vars.insert(k, v);
    }
}

fn main() {
    let mut env = Env { vars: HashMap::new() };
    load_into(&mut env, "x = 4\ny=10\n\nz = -3");
    let mut names: Vec<&String> = env.vars.keys().collect();
    names.sort();
    for n in names {
        println!("{} = {}", n, env.vars[n]);
    }
    let total: i64 = env.vars.values().sum();
    println!("sum {}", total);
}
