from kg.cli import main

if __name__ == "__main__":  # worker processes (kg build --jobs) import this module too and must not run the command
    main()
